package cn.xietong.exchange.application;

import cn.xietong.exchange.format.FileSource;
import cn.xietong.exchange.model.ExchangeBlob;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The files of packages, kept once each under the SM3 this store computes over their bytes. Because
 * the key is always computed here, a file found under a digest has that digest: verifying a package
 * against the store checks presence and size, not the bytes again.
 */
@Stateless
public class BlobStore {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** Keeps the bytes (if not kept yet) and returns their SM3. */
    public Sm3Digest put(byte[] bytes) {
        Sm3Digest sm3 = Sm3Digest.of(bytes);
        if (em.find(ExchangeBlob.class, sm3.toString()) == null) {
            em.persist(new ExchangeBlob(sm3.toString(), bytes, Instant.now()));
        }
        return sm3;
    }

    /** Keeps bytes whose SM3 the caller computed from them (a decoded transfer file). */
    public void putComputed(Sm3Digest computed, byte[] bytes) {
        if (em.find(ExchangeBlob.class, computed.toString()) == null) {
            em.persist(new ExchangeBlob(computed.toString(), bytes, Instant.now()));
        }
    }

    public Optional<byte[]> bytes(Sm3Digest sm3) {
        ExchangeBlob blob = em.find(ExchangeBlob.class, sm3.toString());
        return blob == null ? Optional.empty() : Optional.of(blob.getContent());
    }

    /** Sizes of the stored files among {@code digests}, in one query. */
    public Map<Sm3Digest, Long> sizes(Collection<Sm3Digest> digests) {
        Map<Sm3Digest, Long> found = new HashMap<>();
        if (digests.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createQuery("select b.sm3, b.size from ExchangeBlob b where b.sm3 in :d", Object[].class)
                .setParameter("d", digests.stream().map(Sm3Digest::toString).distinct().toList()).getResultList();
        for (Object[] row : rows) {
            found.put(Sm3Digest.fromHex((String) row[0]), (Long) row[1]);
        }
        return found;
    }

    /** A file source over the stored files among {@code digests}. */
    public FileSource source(Collection<Sm3Digest> digests) {
        Map<Sm3Digest, Long> sizes = sizes(digests);
        return sm3 -> sizes.containsKey(sm3) ? OptionalLong.of(sizes.get(sm3)) : OptionalLong.empty();
    }
}
