package cn.xietong.exchange.application;

import cn.xietong.exchange.model.UnitExchangeKey;
import cn.xietong.organisation.model.Unit;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm2PrivateKey;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each unit's exchange key and certificate (单位交换证书, profile EXCHANGE_SERVICE from the platform
 * CA): issued on first use, kept wrapped in the database, and held unwrapped in memory while valid,
 * since a fan-out signs thousands of packages and receipts.
 */
@Stateless
public class UnitExchangeKeys {

    /** What signs for a unit: its key, and its certificate chain (leaf first, up to the platform root). */
    public record UnitSigner(UUID unitId, String uscc, String name, LocalSm2Signer signer, List<Sm2Certificate> chain) {
    }

    /**
     * Signers in memory, bounded (emptied when full): a fan-out to 18,000 units signs one receipt per unit,
     * so keeping every unit's parsed key and certificate chain would only fill the heap for the collector
     * to walk; a unit that signs again soon (its clerk accepting one by one) is still found here.
     */
    private static final Map<UUID, UnitSigner> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_MAX = 4096;
    /**
     * Fingerprints of the unit exchange certificates this platform's CA issued, as read back from its own
     * database: a receipt signed under one of them needs no second check of the CA's signature on it.
     */
    private static final Set<Sm3Digest> ISSUED_HERE = ConcurrentHashMap.newKeySet();
    private static final Duration RENEW_BEFORE = Duration.ofDays(1);

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PlatformKeys keys;

    /** The unit's signer, issuing its exchange certificate if it has none (or it is about to expire). */
    public UnitSigner of(Unit unit) {
        UnitSigner cached = CACHE.get(unit.getId());
        Instant now = Instant.now();
        if (cached != null && cached.chain().get(0).notAfter().isAfter(now.plus(RENEW_BEFORE))) {
            return cached;
        }
        UnitExchangeKey stored = em.find(UnitExchangeKey.class, unit.getId());
        if (stored == null || stored.getNotAfter().isBefore(now.plus(RENEW_BEFORE))) {
            em.find(Unit.class, unit.getId(), LockModeType.PESSIMISTIC_WRITE);
            stored = em.find(UnitExchangeKey.class, unit.getId());
            if (stored == null || stored.getNotAfter().isBefore(now.plus(RENEW_BEFORE))) {
                stored = issue(unit, stored, now);
            }
        }
        UnitSigner signer = restore(unit, stored);
        remember(signer);
        return signer;
    }

    /** Reads the keys of these units that are not in memory yet, in one query. */
    public void preload(java.util.Collection<Unit> units) {
        Instant soon = Instant.now().plus(RENEW_BEFORE);
        Map<UUID, Unit> missing = new java.util.HashMap<>();
        for (Unit u : units) {
            UnitSigner cached = CACHE.get(u.getId());
            if (cached == null || !cached.chain().get(0).notAfter().isAfter(soon)) {
                missing.put(u.getId(), u);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (UnitExchangeKey k : em.createQuery("select k from UnitExchangeKey k where k.unitId in :ids", UnitExchangeKey.class)
                .setParameter("ids", missing.keySet()).getResultList()) {
            if (k.getNotAfter().isAfter(soon)) {
                remember(restore(missing.get(k.getUnitId()), k));
            }
        }
    }

    /** The signer of the unit with this id. */
    public UnitSigner of(UUID unitId) {
        UnitSigner cached = CACHE.get(unitId);
        if (cached != null && cached.chain().get(0).notAfter().isAfter(Instant.now().plus(RENEW_BEFORE))) {
            return cached;
        }
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw DomainException.notFound("exchange.unit.not-found", "找不到该单位。");
        }
        return of(unit);
    }

    private UnitExchangeKey issue(Unit unit, UnitExchangeKey previous, Instant now) {
        Sm2KeyPair key = Sm2KeyPair.generate();
        CertificateSubject subject = CertificateSubject.unit(unit.getName(), new Uscc(unit.getUscc().value()));
        Sm2Certificate certificate = keys.issuingCa().issue(CertificateProfile.EXCHANGE_SERVICE, subject, key.publicKey(),
                now.minus(PlatformKeys.CLOCK_SKEW));
        byte[] wrapped = keys.wrapUnitKey(alias(unit.getId()), key.privateKey());
        if (previous != null) {
            previous.renew(wrapped, certificate.der(), certificate.notAfter());
            return previous;
        }
        UnitExchangeKey created = new UnitExchangeKey(unit.getId(), unit.getUscc().value(), wrapped, certificate.der(),
                certificate.notAfter());
        em.persist(created);
        return created;
    }

    /**
     * True if {@code certificate} is, byte for byte, a unit exchange certificate this platform issued and
     * holds in its database (and has loaded since it started). Its validity and profile still need checking.
     */
    public static boolean issuedHere(Sm2Certificate certificate) {
        return ISSUED_HERE.contains(certificate.fingerprint());
    }

    private UnitSigner restore(Unit unit, UnitExchangeKey stored) {
        List<Sm2Certificate> chain = new ArrayList<>();
        Sm2Certificate leaf = Sm2Certificate.fromDer(stored.getCertificate());
        chain.add(leaf);
        ISSUED_HERE.add(leaf.fingerprint());
        chain.addAll(keys.issuingCa().chain());
        Sm2PrivateKey key = keys.unwrapUnitKey(alias(unit.getId()), stored.getWrappedKey());
        if (!key.publicKey().equals(leaf.publicKey())) {
            throw new IllegalStateException("the stored exchange key of unit " + unit.getId()
                    + " does not belong to its stored certificate " + leaf.serialNumber().toString(16));
        }
        LocalSm2Signer signer = new LocalSm2Signer(key);
        return new UnitSigner(unit.getId(), stored.getUscc(), unit.getName(), signer, List.copyOf(chain));
    }

    private static void remember(UnitSigner signer) {
        if (CACHE.size() >= CACHE_MAX) {
            CACHE.clear();
        }
        CACHE.put(signer.unitId(), signer);
    }

    private static String alias(UUID unitId) {
        return "unit-exchange-" + unitId;
    }
}
