package cn.xietong.identity.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.identity.model.Account;
import cn.xietong.identity.model.PasswordHash;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Accounts of people: giving a person a sign-in, changing a password, unlocking. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PersonDirectory people;

    @Inject
    private AuditLog audit;

    /** Gives each person an account with the same initial password (demo data); hashes in parallel. */
    public void createAccounts(Collection<UUID> personIds, String initialPassword) {
        Instant now = Instant.now();
        List<Account> accounts = personIds.parallelStream()
                .map(id -> new Account(id, PasswordHash.of(initialPassword), now))
                .toList();
        accounts.forEach(em::persist);
    }

    /** A unit administrator gives one of their people a sign-in (or resets it) with an initial password. */
    public void setInitialPassword(Caller caller, UUID personId, String password) {
        PersonIdentity person = requireManagedBy(caller, personId);
        Account account = em.find(Account.class, personId);
        PasswordHash hash = PasswordHash.of(password);
        if (account == null) {
            em.persist(new Account(personId, hash, Instant.now()));
        } else {
            account.changePassword(hash, Instant.now());
            account.unlock();
        }
        audit.record(AuditEvent.of("identity.password.set").by(caller.personId(), caller.name(), caller.unitId())
                .on("person", person.personId()));
    }

    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, caller.personId());
        if (account == null || !PasswordHash.fromStored(account.passwordHashEncoded()).matches(currentPassword)) {
            throw DomainException.invalid("identity.password.current-wrong", "当前密码不正确。");
        }
        account.changePassword(PasswordHash.of(newPassword), Instant.now());
        audit.record(AuditEvent.of("identity.password.changed").by(caller.personId(), caller.name(), caller.unitId())
                .on("person", caller.personId()));
    }

    public void unlock(Caller caller, UUID personId) {
        requireManagedBy(caller, personId);
        Account account = em.find(Account.class, personId);
        if (account == null) {
            throw DomainException.notFound("identity.account.not-found", "此人没有登录账号。");
        }
        account.unlock();
        audit.record(AuditEvent.of("identity.account.unlocked").by(caller.personId(), caller.name(), caller.unitId())
                .on("person", personId));
    }

    public boolean hasAccount(UUID personId) {
        return em.find(Account.class, personId) != null;
    }

    private PersonIdentity requireManagedBy(Caller caller, UUID personId) {
        PersonIdentity person = people.byId(personId)
                .orElseThrow(() -> DomainException.notFound("organisation.person.not-found", "找不到此人员。"));
        caller.requireUnitAdminOf(person.unitId());
        return person;
    }
}
