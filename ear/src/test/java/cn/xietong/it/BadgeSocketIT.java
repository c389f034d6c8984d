package cn.xietong.it;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live badge socket {@code /ws/badges}: who may open it (a clerk or unit administrator, signed in
 * with the browser's session cookie or a bearer token) and what it says on connecting (the unit's
 * number of waiting packages); everyone else is closed with 1008 (policy violation).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadgeSocketIT {

    private static final int POLICY_VIOLATION = 1008;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aSocketWithoutSignInIsClosedForPolicyViolation() throws Exception {
        Socket socket = Socket.open(socketUri(), null, null);
        assertEquals(POLICY_VIOLATION, socket.closeCode());
    }

    @Test
    void aForgedOrEndedSessionIsClosedForPolicyViolation() throws Exception {
        assertEquals(POLICY_VIOLATION, Socket.open(socketUri(), "XIETONG_SESSION=not-a-token", null).closeCode());

        String cookie = sessionCookie("sunmeiling");
        Api.Reply out = Api.anonymous(base).send(Api.anonymous(base).request("api/session")
                .header("Cookie", cookie).header("X-Xietong-Request", "1").DELETE());
        assertEquals(204, out.status(), out.toString());
        assertEquals(POLICY_VIOLATION, Socket.open(socketUri(), cookie, null).closeCode());
    }

    @Test
    void aDrafterIsNotAClerkAndIsRefused() throws Exception {
        String bearer = Api.signIn(base, "wanghaoran").bearer().orElseThrow();
        assertEquals(POLICY_VIOLATION, Socket.open(socketUri(), null, bearer).closeCode());
    }

    @Test
    void aClerkSignedInWithTheBrowsersCookieHearsTheWaitingCountOnConnecting() throws Exception {
        String waiting = Api.signIn(base, "sunmeiling").get("api/exchange/inbox/count").json().get("waiting").toString();
        Socket socket = Socket.open(socketUri(), sessionCookie("sunmeiling"), null);
        try {
            assertEquals("{\"waitingPackages\":" + waiting + "}", socket.next());
            assertFalse(socket.closed.isDone(), "the socket stays open");
        } finally {
            socket.close();
        }
    }

    @Test
    void aUnitAdministratorWithABearerTokenIsWelcomeToo() throws Exception {
        String bearer = Api.signIn(base, "zhengweiming").bearer().orElseThrow();
        Socket socket = Socket.open(socketUri(), null, bearer);
        try {
            String first = socket.next();
            assertTrue(first.matches("\\{\"waitingPackages\":\\d+}"), first);
        } finally {
            socket.close();
        }
    }

    private URI socketUri() {
        return URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/badges");
    }

    /** Signs in as the web UI does and returns the cookie ("XIETONG_SESSION=…"). */
    private String sessionCookie(String login) {
        Api anonymous = Api.anonymous(base);
        Api.Reply r = anonymous.post("api/session", Json.createObjectBuilder()
                .add("username", login).add("password", Api.DEMO_PASSWORD).build().toString());
        assertEquals(200, r.status(), r.toString());
        List<String> cookies = r.raw().headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("XIETONG_SESSION=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    /** A client socket that keeps what it hears and how it was closed. */
    private static final class Socket implements WebSocket.Listener {
        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket webSocket;

        static Socket open(URI uri, String cookie, String bearer) throws Exception {
            Socket socket = new Socket();
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            socket.webSocket = builder.buildAsync(uri, socket).get(20, TimeUnit.SECONDS);
            return socket;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.completeExceptionally(error);
        }

        String next() throws InterruptedException {
            String message = messages.poll(20, TimeUnit.SECONDS);
            assertNotNull(message, "no message within 20 s");
            return message;
        }

        int closeCode() throws Exception {
            return closed.get(20, TimeUnit.SECONDS);
        }

        void close() {
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
