package cn.xietong.workflow.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Person;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.Delegation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 委托 while on leave: a person names a colleague of the same unit for a period; during it the
 * colleague sees the person's tasks and acts on them, recorded as "同事（代本人）". Not transitive:
 * a delegate acts for their principals, not for their principals' principals.
 */
@Stateless
public class DelegationService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private WorkflowPeople people;

    @EJB
    private AuditLog audit;

    public Views.DelegationView create(Caller caller, UUID delegateId, Instant from, Instant until) {
        Person me = people.person(caller);
        Person delegate = people.colleague(me.getUnit().getId(), delegateId, "受托人");
        Instant now = Instant.now();
        Instant start = from == null ? now : from;
        for (Delegation d : mine(me.getId())) {
            if (until != null && d.getPrincipalId().equals(me.getId()) && d.overlaps(start, until)) {
                throw DomainException.conflict("workflow.delegation.overlap", "您在该时段已委托给" + d.getDelegateName()
                        + "（至 " + d.getEndsAt() + "），请先撤销原委托。");
            }
        }
        Delegation d = new Delegation(me.getUnit().getId(), me.getId(), me.getName(), delegate.getId(), delegate.getName(),
                start, until, now);
        em.persist(d);
        audit.record(AuditEvent.of("workflow.delegation.created").by(caller.personId(), caller.name(), caller.unitId())
                .on("delegation", d.getId()).detail("委托" + delegate.getName() + "，" + start + " 至 " + until));
        return view(d, now);
    }

    /** Delegations I gave and received that have not ended. */
    public List<Views.DelegationView> list(Caller caller) {
        Instant now = Instant.now();
        return mine(caller.personId()).stream().map(d -> view(d, now)).toList();
    }

    public void revoke(Caller caller, UUID id) {
        Delegation d = id == null ? null : em.find(Delegation.class, id);
        if (d == null || !d.getPrincipalId().equals(caller.personId())) {
            throw DomainException.notFound("workflow.delegation.not-found", "找不到您的这项委托（编号 " + id + "）。");
        }
        d.revoke(Instant.now());
        audit.record(AuditEvent.of("workflow.delegation.revoked").by(caller.personId(), caller.name(), caller.unitId())
                .on("delegation", d.getId()).detail("撤销对" + d.getDelegateName() + "的委托"));
    }

    private List<Delegation> mine(UUID person) {
        return em.createQuery("select d from Delegation d where (d.principalId = :p or d.delegateId = :p) "
                        + "and d.revokedAt is null and d.endsAt > :now order by d.startsAt", Delegation.class)
                .setParameter("p", person).setParameter("now", Instant.now()).getResultList();
    }

    private static Views.DelegationView view(Delegation d, Instant now) {
        return new Views.DelegationView(d.getId(), d.getPrincipalId(), d.getPrincipalName(), d.getDelegateId(),
                d.getDelegateName(), d.getStartsAt(), d.getEndsAt(), d.isActiveAt(now), d.getRevokedAt());
    }
}
