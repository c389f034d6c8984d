package cn.xietong.exchange.format;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;

/** Decides whether a signer's certificate chain is trusted for the exchange at a time. */
@FunctionalInterface
public interface CertificateTrust {

    /** Validates the leaf against trusted roots, using the rest of the chain as intermediates, expecting the exchange profile. */
    CertificateValidationResult validate(List<Sm2Certificate> chain, Instant at);

    /**
     * Trust as {@code validator} sees it: {@code validator.withIntermediates(rest).validate(leaf, at,
     * EXCHANGE_SERVICE)}. Each call builds and checks the path anew (two SM2 verifications for a
     * root → issuing CA → leaf chain); wrap it in {@link #caching} when many documents share a chain.
     */
    static CertificateTrust of(CertificateValidator validator) {
        Objects.requireNonNull(validator, "validator");
        return (chain, at) -> validator.withIntermediates(chain.subList(1, chain.size()))
                .validate(chain.get(0), at, CertificateProfile.EXCHANGE_SERVICE);
    }

    /**
     * Remembers the results of {@code delegate} for the same chain at the same instant (at most
     * {@code maxEntries}, least recently used first out). Verifying the 200 documents of a transfer
     * at one instant — its arrival — validates each distinct chain once. A cache belongs to one state
     * of trust: make a new one when the trusted roots or CRLs change. Thread-safe.
     */
    static CertificateTrust caching(CertificateTrust delegate, int maxEntries) {
        return new CachingCertificateTrust(delegate, maxEntries);
    }
}
