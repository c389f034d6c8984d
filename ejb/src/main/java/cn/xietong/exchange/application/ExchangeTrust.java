package cn.xietong.exchange.application;

import cn.xietong.exchange.format.CertificateTrust;
import cn.xietong.exchange.model.TrustedPlatformCa;
import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.signing.Check;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whose exchange signatures this platform trusts: certificates chaining to its own root or to a
 * peer platform's root the platform administrator added. Validation results are remembered for a
 * few minutes per chain (a bounded number of them), so 18,000 packages signed by one unit check its chain
 * once; certificates this platform issued to its own units are checked without re-verifying its CA's signature.
 */
@ApplicationScoped
public class ExchangeTrust implements CertificateTrust {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int REMEMBERED_MAX = 4096;

    private record Remembered(CertificateValidationResult result, Instant until) {
    }

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PlatformKeys keys;

    private final Map<String, Remembered> results = new ConcurrentHashMap<>();
    private final Map<String, Remembered> issuers = new ConcurrentHashMap<>();
    private volatile CertificateValidator validator;

    @Override
    public CertificateValidationResult validate(List<Sm2Certificate> chain, Instant at) {
        Instant now = Instant.now();
        Sm2Certificate leaf = chain.get(0);
        if (chain.size() > 1 && UnitExchangeKeys.issuedHere(leaf) && leaf.isValidAt(at) && issuerValid(chain, at, now)) {
            // cheap enough not to remember: thousands of such results would only fill the heap
            return issuedHere(chain, at);
        }
        String key = chain.stream().map(c -> c.fingerprint().toString()).collect(Collectors.joining("/"));
        Remembered r = results.get(key);
        if (r != null && r.until().isAfter(now) && leaf.isValidAt(at)) {
            return r.result();
        }
        CertificateValidationResult result = chain.size() > 1 && issuerValid(chain, at, now)
                ? CertificateValidator.trusting(chain.get(1)).validate(leaf, at, CertificateProfile.EXCHANGE_SERVICE)
                : CertificateTrust.of(validator()).validate(chain, at);
        if (results.size() >= REMEMBERED_MAX) {
            results.clear();
        }
        results.put(key, new Remembered(result, now.plus(REMEMBER)));
        return result;
    }

    /**
     * True if the leaf's issuing CA (the rest of the chain) validates, remembered per issuer chain: units of
     * one platform share their issuing CA, so each new unit certificate then costs one signature check
     * against it, not one per link. When false, the full check of the whole chain reports why.
     */
    private boolean issuerValid(List<Sm2Certificate> chain, Instant at, Instant now) {
        List<Sm2Certificate> issuerChain = chain.subList(1, chain.size());
        String key = issuerChain.stream().map(c -> c.fingerprint().toString()).collect(Collectors.joining("/"));
        Remembered issuer = issuers.get(key);
        if (issuer == null || !issuer.until().isAfter(now)) {
            CertificateValidationResult r = validator().withIntermediates(issuerChain.subList(1, issuerChain.size()))
                    .validate(issuerChain.get(0), at);
            issuer = new Remembered(r, now.plus(REMEMBER));
            issuers.put(key, issuer);
        }
        return issuer.result().isValid() && issuerChain.get(0).isValidAt(at);
    }

    /**
     * A unit certificate this platform's CA issued (always under the exchange profile) and that it read from
     * its own database, valid at {@code at}: the CA's signature on it was made here, so it is not verified
     * again (a fan-out's receipts come from thousands of units, one new certificate each).
     */
    private static CertificateValidationResult issuedHere(List<Sm2Certificate> chain, Instant at) {
        Sm2Certificate leaf = chain.get(0);
        return new CertificateValidationResult(leaf, chain, List.of(
                Check.passed("certificate-chain", "issued by this platform's CA to one of its units, serial "
                        + leaf.serialNumber().toString(16)),
                Check.passed("certificate-validity", "valid at " + at + " (until " + leaf.notAfter() + ")"),
                Check.passed("certificate-profile", "an exchange service certificate, the only kind this platform"
                        + " issues to its units for the exchange")));
    }

    /** Forgets what was remembered, after the trusted roots changed. */
    public void reload() {
        validator = null;
        results.clear();
        issuers.clear();
    }

    private CertificateValidator validator() {
        CertificateValidator v = validator;
        if (v == null) {
            List<Sm2Certificate> anchors = new ArrayList<>();
            anchors.add(keys.rootCertificate());
            for (TrustedPlatformCa ca : em.createQuery("select c from TrustedPlatformCa c", TrustedPlatformCa.class)
                    .getResultList()) {
                anchors.add(Sm2Certificate.fromDer(ca.getCertificate()));
            }
            v = new CertificateValidator(anchors, List.of(), List.of());
            validator = v;
        }
        return v;
    }
}
