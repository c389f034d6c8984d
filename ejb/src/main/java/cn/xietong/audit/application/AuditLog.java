package cn.xietong.audit.application;

import cn.xietong.audit.model.AuditEntry;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.audit.model.AuditHead;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;

/**
 * Appends to the audit log. {@link #record} joins the caller's transaction (the entry exists exactly
 * when the action does); {@link #recordSeparately} commits on its own, for events that must stay
 * even when the action fails (a refused sign-in).
 *
 * <p>The chain has one head row, locked from the append to the commit: every audited transaction of the
 * server passes through that lock one at a time. So {@link #record} first writes out the caller's own
 * pending changes (the rows of a whole exchange transfer, say) and only then takes the lock; what is
 * left under it is the transaction's entries, one update and the commit. Callers should record their
 * events last. Only the first entry of a transaction flushes: after it, the lock is held anyway.
 */
@Stateless
public class AuditLog {

    /** Set in a transaction once it holds the head's lock. */
    private static final String HEAD_LOCKED = AuditLog.class.getName() + ".headLocked";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public AuditEntry record(AuditEvent event) {
        if (transactions.getResource(HEAD_LOCKED) == null) {
            em.flush(); // the caller's writes, outside the head lock (see the class comment)
            transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
        } // else this transaction holds the lock already: its later entries go out in one batch at commit
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = AuditEntry.after(head.seq(), head.hash(), Instant.now(), event);
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordSeparately(AuditEvent event) {
        return record(event);
    }
}
