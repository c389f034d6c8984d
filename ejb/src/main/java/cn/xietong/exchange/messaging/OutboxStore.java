package cn.xietong.exchange.messaging;

import cn.xietong.exchange.model.ExchangePackage;
import cn.xietong.exchange.model.OutboxMessage;
import cn.xietong.exchange.model.PackageState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The dispatcher's database side: what waits in the outbox, and marking what was sent. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The oldest unsent messages, at most {@code limit}, skipping platforms not reachable now. */
    public List<OutboxMessage> next(int limit, List<String> skipPlatforms) {
        String skip = skipPlatforms.isEmpty() ? "" : " where m.platformCode not in :skip";
        var q = em.createQuery("select m from OutboxMessage m" + skip + " order by m.createdAt, m.id", OutboxMessage.class)
                .setMaxResults(limit);
        if (!skipPlatforms.isEmpty()) {
            q.setParameter("skip", skipPlatforms);
        }
        List<OutboxMessage> found = q.getResultList();
        found.forEach(em::detach);
        return found;
    }

    /** The messages went to JMS: the packages they carry are SENT, the outbox rows go. */
    public void sent(List<UUID> ids) {
        Instant now = Instant.now();
        for (ExchangePackage p : em.createQuery("select p from ExchangePackage p where p.transferId in :t and p.state = :q",
                ExchangePackage.class).setParameter("t", ids).setParameter("q", PackageState.QUEUED).getResultList()) {
            p.advance(PackageState.SENT, now, null, null);
        }
        em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
