package cn.xietong.exchange.application;

import cn.xietong.exchange.model.PackageState;
import cn.xietong.exchange.model.SentCountChange;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sender's counts of packages per state and document, kept as changes: whoever moves packages from
 * one state to another notes it here and writes the sums at the end of its transaction, one row per
 * document and state that changed. Not thread-safe: one per transaction.
 */
public final class SentCounts {

    private record Key(UUID documentId, PackageState state) {
    }

    private final Map<Key, Integer> changes = new LinkedHashMap<>();

    /** {@code n} new packages of the document in {@code state}. */
    public SentCounts added(UUID documentId, PackageState state, int n) {
        changes.merge(new Key(documentId, state), n, Integer::sum);
        return this;
    }

    /** One package of the document moved from {@code before} to {@code after} (nothing if they are equal). */
    public SentCounts moved(UUID documentId, PackageState before, PackageState after) {
        if (before != after) {
            changes.merge(new Key(documentId, before), -1, Integer::sum);
            changes.merge(new Key(documentId, after), 1, Integer::sum);
        }
        return this;
    }

    /** Writes what changed, in the caller's transaction, and starts again from nothing. */
    public void write(EntityManager em, Instant at) {
        changes.forEach((k, n) -> {
            if (n != 0) {
                em.persist(new SentCountChange(k.documentId(), k.state(), n, at));
            }
        });
        changes.clear();
    }

    /** The counts per state of these documents: the sums of their changes (states at zero left out). */
    public static Map<UUID, Map<PackageState, Long>> of(EntityManager em, Collection<UUID> documentIds) {
        Map<UUID, Map<PackageState, Long>> counts = new HashMap<>();
        if (documentIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select c.documentId, c.state, sum(c.delta) from SentCountChange c"
                + " where c.documentId in :d group by c.documentId, c.state", Object[].class)
                .setParameter("d", documentIds).getResultList();
        for (Object[] row : rows) {
            long n = ((Number) row[2]).longValue();
            if (n != 0) {
                counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(PackageState.class)).put((PackageState) row[1], n);
            }
        }
        return counts;
    }
}
