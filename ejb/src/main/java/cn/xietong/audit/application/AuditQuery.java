package cn.xietong.audit.application;

import cn.xietong.audit.model.AuditEntry;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * Reading the audit log: platform administrators read all of it; unit administrators read the
 * entries of their own unit; nobody else reads it.
 */
@Stateless
public class AuditQuery {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The newest entries first, optionally only those whose action starts with {@code actionPrefix}. */
    public List<AuditEntry> latest(Caller caller, String actionPrefix, int page, int size) {
        caller.requireAnyRole(Role.PLATFORM_ADMIN, Role.UNIT_ADMIN);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("audit.page.invalid", "页码须不小于0，每页条数须在1到" + MAX_PAGE_SIZE + "之间。");
        }
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (!caller.isPlatformAdmin()) {
            jpql.append(" and e.unitId = :unit");
        }
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            jpql.append(" and e.action like :action");
        }
        jpql.append(" order by e.seq desc");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
        if (!caller.isPlatformAdmin()) {
            q.setParameter("unit", caller.unitId());
        }
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            q.setParameter("action", actionPrefix.replace("%", "").replace("_", "\\_") + "%");
        }
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
