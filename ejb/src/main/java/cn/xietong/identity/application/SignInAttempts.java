package cn.xietong.identity.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.model.Account;
import cn.xietong.identity.model.PasswordHash;
import cn.xietong.identity.model.SessionKind;
import cn.xietong.identity.model.SessionToken;
import cn.xietong.identity.model.SignInSession;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * One sign-in attempt in one transaction: checks the password, counts a failure or opens a session,
 * and writes the audit entry. Never throws for a wrong password, so the failure count commits.
 */
@Stateless
public class SignInAttempts {

    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED, JUST_LOCKED }

    public record Result(Outcome outcome, PersonIdentity person, SessionToken token, SignInSession session,
                         Instant lockedUntil) {
    }

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PersonDirectory people;

    @Inject
    private AuditLog audit;

    public Result attempt(String loginName, String password, SessionKind kind, String client) {
        Instant now = Instant.now();
        Optional<PersonIdentity> found = loginName == null ? Optional.empty() : people.byLoginName(loginName.trim());
        Account account = found.filter(PersonIdentity::active)
                .map(p -> em.find(Account.class, p.personId(), LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
        if (account == null) {
            PasswordHash.spendEquivalentTime(password);
            audit.record(AuditEvent.of("identity.sign-in.failed").on("login", loginName)
                    .detail("未知账号或账号无登录权限").from(client));
            return new Result(Outcome.WRONG_CREDENTIALS, null, null, null, null);
        }
        PersonIdentity person = found.get();
        if (account.isLocked(now)) {
            audit.record(event(person, "identity.sign-in.refused-locked", client));
            return new Result(Outcome.LOCKED, person, null, null, account.lockedUntil());
        }
        if (!account.attempt(password, now)) {
            boolean justLocked = account.isLocked(now);
            audit.record(event(person, justLocked ? "identity.account.locked" : "identity.sign-in.failed", client)
                    .detail(justLocked ? "连续" + Account.MAX_FAILED_ATTEMPTS + "次密码错误，账号锁定至" + account.lockedUntil() : "密码错误"));
            return new Result(justLocked ? Outcome.JUST_LOCKED : Outcome.WRONG_CREDENTIALS, person, null, null,
                    account.lockedUntil());
        }
        SessionToken token = SessionToken.random();
        SignInSession session = new SignInSession(token, person.personId(), kind, now, client);
        em.persist(session);
        audit.record(event(person, "identity.sign-in", client).detail(kind.name()));
        return new Result(Outcome.SIGNED_IN, person, token, session, null);
    }

    private static AuditEvent event(PersonIdentity p, String action, String client) {
        return AuditEvent.of(action).by(p.personId(), p.name(), p.unitId()).on("person", p.personId()).from(client);
    }
}
