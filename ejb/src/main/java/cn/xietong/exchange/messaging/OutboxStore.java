package cn.xietong.exchange.messaging;

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
        em.createQuery("update ExchangePackage p set p.state = :sent, p.sentAt = :now where p.transferId in :t"
                        + " and p.state = :queued")
                .setParameter("sent", PackageState.SENT).setParameter("now", Instant.now()).setParameter("t", ids)
                .setParameter("queued", PackageState.QUEUED).executeUpdate();
        em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
