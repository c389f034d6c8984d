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
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public AuditEntry record(AuditEvent event) {
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
