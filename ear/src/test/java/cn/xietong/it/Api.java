package cn.xietong.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small HTTP client for the Xietong API as a phone or API client uses it: sign in for a bearer
 * token, then call endpoints with JSON. Each {@link Api} is one client (its own cookies).
 */
public final class Api {

    public static final String DEMO_PASSWORD = "Xietong@2026";

    private final URI base;
    private final HttpClient http;
    private final String bearer;

    private Api(URI base, HttpClient http, String bearer) {
        this.base = base;
        this.http = http;
        this.bearer = bearer;
    }

    public static Api anonymous(URL base) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new Api(URI.create(base.toString()), http, null);
    }

    /** Signs in with a bearer token; fails the test if sign-in does not succeed. */
    public static Api signIn(URL base, String username, String password) {
        Api anonymous = anonymous(base);
        Reply r = anonymous.post("api/tokens", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (r.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + r);
        }
        return new Api(anonymous.base, anonymous.http, r.json().getString("token"));
    }

    public static Api signIn(URL base, String username) {
        return signIn(base, username, DEMO_PASSWORD);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).POST(body(json)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, String json) {
        return send(request(path).PUT(body(json)).header("Content-Type", "application/json"));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** The id of this person's own task (not a supervised one) of the workflow instance on their to-do list. */
    public String todoTask(String instanceId) {
        Reply r = get("api/workflow/tasks/todo?size=200");
        if (r.status() != 200) {
            throw new AssertionError("to-do list: " + r);
        }
        return r.items().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("instanceId").equals(instanceId))
                .filter(t -> !t.getString("relation").equals("SUPERVISION"))
                .findFirst().orElseThrow(() -> new AssertionError("no task of " + instanceId + " on the list: " + r.body()))
                .getString("id");
    }

    /** Approves this person's task of the instance, with an opinion and (at 用印) a seal, each optional. */
    public Reply approveTaskOf(String instanceId, String opinion, String sealId) {
        var body = Json.createObjectBuilder();
        if (opinion != null) {
            body.add("opinion", opinion);
        }
        if (sealId != null) {
            body.add("sealId", sealId);
        }
        return post("api/workflow/tasks/" + todoTask(instanceId) + "/approve", body.build().toString());
    }

    /** Any request, for the odd cases (wrong content type, extra headers). */
    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    public Optional<String> bearer() {
        return Optional.ofNullable(bearer);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json == null ? "" : json);
    }

    /** An HTTP answer: status, content type, body; JSON on demand. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        /** The items of a page ({@code {items, page, size, total, …}}). */
        public JsonArray items() {
            return json().getJsonArray("items");
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The stable error code of a problem detail. */
        public String code() {
            return json().getString("code");
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
