package cn.xietong.exchange.messaging;

import cn.xietong.exchange.model.OutboxMessage;
import cn.xietong.exchange.application.SentCounts;
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
        // the packages still waiting, locked: a receipt may have moved some on already (it arrived before
        // this), and the counts must move exactly the ones this update moves
        @SuppressWarnings("unchecked")
        List<Object[]> queued = em.createNativeQuery("select id, document_id from exchange_package where transfer_id in (?1)"
                + " and state = 'QUEUED' order by id for update").setParameter(1, ids).getResultList();
        if (!queued.isEmpty()) {
            em.createQuery("update ExchangePackage p set p.state = :sent, p.sentAt = :now where p.id in :ids")
                    .setParameter("sent", PackageState.SENT).setParameter("now", now)
                    .setParameter("ids", queued.stream().map(r -> toUuid(r[0])).toList()).executeUpdate();
            SentCounts counts = new SentCounts();
            for (Object[] row : queued) {
                counts.moved(toUuid(row[1]), PackageState.QUEUED, PackageState.SENT);
            }
            counts.write(em, now);
        }
        em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    private static UUID toUuid(Object column) {
        return column instanceof UUID u ? u : UUID.fromString(column.toString());
    }
}
