package cn.xietong.identity.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.identity.model.SessionKind;
import cn.xietong.identity.model.SessionToken;
import cn.xietong.identity.model.SignInSession;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Signing in and out, and recognising a signed-in client by its token. */
@Stateless
public class SignInService {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private PersonDirectory people;

    @Inject
    private AuditLog audit;

    public record SignedIn(SessionToken token, Caller caller, Instant expires) {
    }

    /** Signs in or refuses with 401 (wrong name or password) or 429 (locked). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedIn signIn(String loginName, String password, SessionKind kind, String client) {
        if (loginName == null || loginName.isBlank() || password == null || password.isEmpty()) {
            throw DomainException.invalid("identity.sign-in.missing", "请输入账号和密码。");
        }
        SignInAttempts.Result r = attempts.attempt(loginName, password, kind, client);
        return switch (r.outcome()) {
            case SIGNED_IN -> new SignedIn(r.token(), r.person().asCaller(), r.session().expires());
            case WRONG_CREDENTIALS -> throw new DomainException(ErrorKind.UNAUTHENTICATED,
                    "identity.sign-in.wrong-credentials",
                    "账号或密码不正确。连续输错5次，账号将被锁定15分钟。");
            case LOCKED, JUST_LOCKED -> throw new DomainException(ErrorKind.TOO_MANY_ATTEMPTS,
                    "identity.account.locked",
                    "密码连续输错次数过多，账号已被锁定，请于" + CLOCK.format(r.lockedUntil())
                            + "后再试，或请本单位管理员解锁。");
        };
    }

    /** The caller a token belongs to, if the token is valid and the person still active. */
    public Optional<Caller> recognise(String token) {
        if (!SessionToken.isWellFormed(token)) {
            return Optional.empty();
        }
        SignInSession session = em.find(SignInSession.class, new SessionToken(token).hash());
        Instant now = Instant.now();
        if (session == null || !session.isActive(now)) {
            return Optional.empty();
        }
        Optional<PersonIdentity> person = people.byId(session.personId()).filter(PersonIdentity::active);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        if (Duration.between(session.lastSeen(), now).compareTo(TOUCH_INTERVAL) > 0) {
            session.touch(now);
        }
        return person.map(PersonIdentity::asCaller);
    }

    /** Ends the session or token; signing out twice is harmless. */
    public void signOut(String token, String client) {
        if (!SessionToken.isWellFormed(token)) {
            return;
        }
        SignInSession session = em.find(SignInSession.class, new SessionToken(token).hash());
        if (session == null || !session.isActive(Instant.now())) {
            return;
        }
        session.end(Instant.now());
        PersonIdentity p = people.byId(session.personId()).orElse(null);
        AuditEvent event = AuditEvent.of("identity.sign-out").on("person", session.personId()).from(client);
        audit.record(p == null ? event : event.by(p.personId(), p.name(), p.unitId()));
    }
}
