package cn.xietong.identity.model;

import java.time.Duration;

/** How a signed-in client proves who it is, and for how long. */
public enum SessionKind {
    /** The web UI: an HttpOnly, SameSite=Strict cookie; ends after 8 hours without use. */
    BROWSER(Duration.ofHours(8)),
    /** API and phone clients: a bearer token; valid for 30 days unless signed out. */
    BEARER_TOKEN(Duration.ofDays(30));

    private final Duration lifetime;

    SessionKind(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
