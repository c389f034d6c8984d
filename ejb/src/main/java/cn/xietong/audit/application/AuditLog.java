package cn.xietong.audit.application;

import cn.xietong.audit.model.AuditEntry;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.audit.model.AuditHead;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Appends to the audit log. {@link #record} joins the caller's transaction (the entry exists exactly
 * when the action does); {@link #recordSeparately} commits on its own, for events that must stay
 * even when the action fails (a refused sign-in).
 *
 * <p>The chain has one head row, locked from the append to the commit: every audited transaction of the
 * server passes through that lock one at a time. So {@link #record} first writes out the caller's own
 * pending changes (the rows of a whole exchange transfer, say) and only then takes the lock; what is
 * left under it is one insert, one update and the commit. Callers should record their events last.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public AuditEntry record(AuditEvent event) {
        em.flush(); // the caller's writes, outside the head lock (see the class comment)
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
