package cn.xietong.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One signed-in client: a browser session or a bearer token. Only the SHA-256 of the secret token
 * is kept, so the table alone does not let anyone sign in.
 */
@Entity
@Table(name = "sign_in_session")
public class SignInSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant expires;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    private Instant ended;

    private String client;

    protected SignInSession() {
    }

    public SignInSession(SessionToken token, UUID personId, SessionKind kind, Instant now, String client) {
        this.tokenHash = token.hash();
        this.personId = personId;
        this.kind = kind;
        this.created = now;
        this.lastSeen = now;
        this.expires = now.plus(kind.lifetime());
        this.client = client == null ? null : client.substring(0, Math.min(200, client.length()));
    }

    public boolean isActive(Instant now) {
        return ended == null && now.isBefore(expires);
    }

    /** Records use; a browser session's idle timeout starts again. */
    public void touch(Instant now) {
        lastSeen = now;
        if (kind == SessionKind.BROWSER) {
            expires = now.plus(kind.lifetime());
        }
    }

    public void end(Instant now) {
        if (ended == null) {
            ended = now;
        }
    }

    public UUID personId() {
        return personId;
    }

    public SessionKind kind() {
        return kind;
    }

    public Instant expires() {
        return expires;
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
