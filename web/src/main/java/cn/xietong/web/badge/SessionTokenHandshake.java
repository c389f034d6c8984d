package cn.xietong.web.badge;

import cn.xietong.web.security.AuthenticationFilter;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the caller's token from the WebSocket handshake — a bearer token ({@code Authorization:
 * Bearer …}, for API and phone clients) or the web UI's session cookie — and hands it to the socket
 * through the connection's own user properties. Recognising it is the socket's business (one
 * place, {@code SignInService.recognise}, as for the API). The cookie is HttpOnly and
 * SameSite=Strict, so a page of another site cannot open the socket in a signed-in person's name.
 */
public class SessionTokenHandshake extends ServerEndpointConfig.Configurator {

    /** The user-property key under which the token travels from the handshake to {@code @OnOpen}. */
    static final String TOKEN = "cn.xietong.web.badge.token";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        // WebSocket 2.1+: these user properties are this connection's own copy
        tokenFrom(request.getHeaders()).ifPresent(token -> config.getUserProperties().put(TOKEN, token));
    }

    /** The bearer token if there is one, else the session cookie's value. */
    static Optional<String> tokenFrom(Map<String, List<String>> headers) {
        for (String authorization : header(headers, "Authorization")) {
            if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = authorization.substring(7).strip();
                if (!token.isEmpty()) {
                    return Optional.of(token);
                }
            }
        }
        for (String cookies : header(headers, "Cookie")) {
            for (String cookie : cookies.split(";")) {
                int eq = cookie.indexOf('=');
                if (eq > 0 && cookie.substring(0, eq).strip().equals(AuthenticationFilter.SESSION_COOKIE)) {
                    String value = unquote(cookie.substring(eq + 1).strip());
                    if (!value.isEmpty()) {
                        return Optional.of(value);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null)
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
