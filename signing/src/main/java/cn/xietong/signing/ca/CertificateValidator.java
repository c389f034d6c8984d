package cn.xietong.signing.ca;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;

import cn.xietong.signing.Check;
import cn.xietong.signing.MalformedInputException;

/**
 * Validates SM2 certificates against trust anchors (normally the platform root), known intermediate
 * CAs and CRLs, at a given time. Builds the path by issuer name and signature, then checks each link:
 * signature over the original TBS bytes, validity dates at the time, CA constraints of issuers,
 * revocation against a CRL signed by the issuer, and optionally the end entity's profile.
 * Immutable and thread-safe.
 */
public final class CertificateValidator {

    static final String CHAIN = "certificate-chain";
    static final String SIGNATURE = "certificate-signature";
    static final String VALIDITY = "certificate-validity";
    static final String ISSUER = "issuer-constraints";
    static final String REVOCATION = "certificate-revocation";
    static final String PROFILE = "certificate-profile";

    private static final int MAX_DEPTH = 8;

    private final List<Sm2Certificate> anchors;
    private final List<Sm2Certificate> intermediates;
    private final List<Sm2Crl> crls;

    public CertificateValidator(Collection<Sm2Certificate> trustAnchors, Collection<Sm2Certificate> intermediates,
            Collection<Sm2Crl> crls) {
        this.anchors = List.copyOf(trustAnchors);
        this.intermediates = List.copyOf(intermediates);
        this.crls = List.copyOf(crls);
    }

    /** A validator trusting the given anchors, with no intermediates and no CRLs (revocation is skipped). */
    public static CertificateValidator trusting(Sm2Certificate... anchors) {
        return new CertificateValidator(List.of(anchors), List.of(), List.of());
    }

    /** A validator that knows no anchor: every chain is "untrusted/unknown issuer" (for third-party documents). */
    public static CertificateValidator trustingNothing() {
        return new CertificateValidator(List.of(), List.of(), List.of());
    }

    /** A copy also knowing these intermediate CA certificates. */
    public CertificateValidator withIntermediates(Collection<Sm2Certificate> more) {
        List<Sm2Certificate> all = new ArrayList<>(intermediates);
        all.addAll(more);
        return new CertificateValidator(anchors, all, crls);
    }

    /** A copy also using these CRLs. */
    public CertificateValidator withCrls(Collection<Sm2Crl> more) {
        List<Sm2Crl> all = new ArrayList<>(crls);
        all.addAll(more);
        return new CertificateValidator(anchors, intermediates, all);
    }

    /** Validates without a profile expectation. */
    public CertificateValidationResult validate(Sm2Certificate certificate, Instant at) {
        return validate(certificate, at, null);
    }

    /**
     * Validates {@code certificate} at time {@code at}.
     *
     * @param expected the profile the certificate must have been issued under, or null for no profile check
     */
    public CertificateValidationResult validate(Sm2Certificate certificate, Instant at, CertificateProfile expected) {
        List<Check> checks = new ArrayList<>();
        List<Sm2Certificate> path = new ArrayList<>();
        path.add(certificate);
        boolean trusted = false;
        Sm2Certificate current = certificate;
        while (true) {
            if (anchors.contains(current)) {
                trusted = true;
                checks.add(Check.passed(CHAIN, "chains to trust anchor " + current.subject()
                        + " in " + (path.size() - 1) + " step(s)"));
                break;
            }
            if (path.size() > MAX_DEPTH) {
                checks.add(Check.failed(CHAIN, "no trust anchor within " + MAX_DEPTH + " certificates"));
                break;
            }
            List<Sm2Certificate> candidates = new ArrayList<>();
            for (Sm2Certificate c : anchors) {
                if (c.subject().equals(current.issuer())) {
                    candidates.add(c);
                }
            }
            for (Sm2Certificate c : intermediates) {
                if (c.subject().equals(current.issuer()) && !candidates.contains(c) && !path.contains(c)) {
                    candidates.add(c);
                }
            }
            Sm2Certificate issuer = null;
            for (Sm2Certificate c : candidates) {
                if (signs(c, current)) {
                    issuer = c;
                    break;
                }
            }
            if (issuer == null) {
                Sm2Certificate subject = current;
                boolean claimsKnownKey = candidates.stream().anyMatch(c -> sameKeyId(subject, c));
                if (claimsKnownKey || (!candidates.isEmpty() && current.authorityKeyId().isEmpty())) {
                    checks.add(Check.failed(SIGNATURE, "the signature of " + current.subject()
                            + " does not verify with the key of its issuer " + current.issuer()));
                    checks.add(Check.failed(CHAIN, "no valid path: the signature of " + current.subject()
                            + " was not made by any known " + current.issuer()));
                } else if (current.isSelfIssued() && signs(current, current)) {
                    checks.add(Check.indeterminate(CHAIN, "untrusted/unknown issuer: the chain ends in the root "
                            + current.subject() + ", which is not a trust anchor here"));
                } else {
                    checks.add(Check.indeterminate(CHAIN, "untrusted/unknown issuer: no certificate of "
                            + current.issuer() + " is known here"));
                }
                break;
            }
            path.add(issuer);
            current = issuer;
        }

        for (int i = 0; i < path.size(); i++) {
            Sm2Certificate c = path.get(i);
            boolean anchor = trusted && i == path.size() - 1;
            if (i + 1 < path.size()) {
                checks.add(Check.passed(SIGNATURE, "the signature of " + c.subject() + " verifies (SM3withSM2) with the key of "
                        + path.get(i + 1).subject()));
            }
            if (c.isValidAt(at)) {
                checks.add(Check.passed(VALIDITY, c.subject() + " is valid at " + at + " (" + c.notBefore() + " to "
                        + c.notAfter() + ")"));
            } else {
                checks.add(Check.failed(VALIDITY, c.subject() + " is not valid at " + at + ": "
                        + (at.isBefore(c.notBefore()) ? "not valid before " + c.notBefore()
                                : "expired on " + c.notAfter())));
            }
            if (i > 0) {
                checkIssuer(c, i - 1, checks);
            }
            if (!anchor && i + 1 < path.size()) {
                checks.add(revocation(c, path.get(i + 1), at));
            } else if (!anchor) {
                checks.add(Check.skipped(REVOCATION, "revocation of " + c.subject() + " not checked: its issuer is unknown"));
            }
        }
        if (expected != null) {
            checks.add(profile(certificate, expected));
        }
        return new CertificateValidationResult(certificate, path, checks);
    }

    /** True if the certificate's authority key identifier names the candidate's subject key identifier. */
    private static boolean sameKeyId(Sm2Certificate c, Sm2Certificate candidate) {
        return c.authorityKeyId().isPresent() && candidate.subjectKeyId().isPresent()
                && java.util.Arrays.equals(c.authorityKeyId().get(), candidate.subjectKeyId().get());
    }

    private static boolean signs(Sm2Certificate issuer, Sm2Certificate subject) {
        try {
            return subject.isSignedBy(issuer.publicKey());
        } catch (MalformedInputException e) {
            return false; // the candidate's key is not SM2
        }
    }

    private static void checkIssuer(Sm2Certificate ca, int certsBelow, List<Check> checks) {
        if (!ca.isCa()) {
            checks.add(Check.failed(ISSUER, ca.subject() + " issued a certificate but is not a CA (basicConstraints)"));
        } else if (!ca.hasNoKeyUsageExtension() && !ca.hasKeyUsage(KeyUsage.keyCertSign)) {
            checks.add(Check.failed(ISSUER, ca.subject() + " lacks the keyCertSign key usage"));
        } else if (ca.pathLength() != null && ca.pathLength().intValue() < certsBelow - 1) {
            checks.add(Check.failed(ISSUER, ca.subject() + " has pathLenConstraint " + ca.pathLength()
                    + " but " + (certsBelow - 1) + " CA certificate(s) below it"));
        } else {
            checks.add(Check.passed(ISSUER, ca.subject() + " is a CA allowed to sign certificates"));
        }
    }

    private Check revocation(Sm2Certificate c, Sm2Certificate issuer, Instant at) {
        Optional<Sm2Crl> crl = crls.stream()
                .filter(l -> l.issuer().equals(c.issuer()))
                .filter(l -> l.isSignedBy(issuer.publicKey()))
                .max(Comparator.comparing(Sm2Crl::thisUpdate));
        if (crl.isEmpty()) {
            boolean unsigned = crls.stream().anyMatch(l -> l.issuer().equals(c.issuer()));
            return unsigned
                    ? Check.failed(REVOCATION, "the CRL of " + c.issuer() + " is not signed by that issuer's key")
                    : Check.skipped(REVOCATION, "no CRL of " + c.issuer() + " given: revocation of " + c.subject()
                            + " not checked");
        }
        if (!issuer.hasNoKeyUsageExtension() && !issuer.hasKeyUsage(KeyUsage.cRLSign)) {
            return Check.failed(REVOCATION, "the CRL issuer " + issuer.subject() + " lacks the cRLSign key usage");
        }
        Sm2Crl l = crl.get();
        Optional<Sm2Crl.Revocation> r = l.revocationOf(c.serialNumber());
        if (r.isPresent() && !r.get().revokedAt().isAfter(at)) {
            return Check.failed(REVOCATION, c.subject() + " (serial " + c.serialNumber().toString(16)
                    + ") was revoked on " + r.get().revokedAt() + ", reason " + r.get().reason()
                    + ", according to the CRL of " + l.thisUpdate());
        }
        if (r.isPresent()) {
            return Check.passed(REVOCATION, c.subject() + " was revoked only later, on " + r.get().revokedAt()
                    + " (reason " + r.get().reason() + "); it was not revoked at " + at);
        }
        if (l.thisUpdate().isBefore(at) && l.nextUpdate().map(n -> n.isBefore(at)).orElse(false)) {
            return Check.indeterminate(REVOCATION, "the newest CRL of " + c.issuer() + " (" + l.thisUpdate()
                    + ") expired on " + l.nextUpdate().get() + ", before " + at);
        }
        return Check.passed(REVOCATION, c.subject() + " is not on the CRL of " + l.thisUpdate());
    }

    private static Check profile(Sm2Certificate c, CertificateProfile expected) {
        if (!c.hasKeyUsage(expected.keyUsage())) {
            return Check.failed(PROFILE, c.subject() + " lacks the key usages of a " + expected.description()
                    + " certificate");
        }
        List<ASN1ObjectIdentifier> eku = c.extendedKeyUsages();
        for (ASN1ObjectIdentifier needed : expected.extendedKeyUsages()) {
            if (!eku.contains(needed)) {
                return Check.failed(PROFILE, c.subject() + " lacks extended key usage " + needed
                        + " of a " + expected.description() + " certificate");
            }
        }
        if (expected.isCa() != c.isCa()) {
            return Check.failed(PROFILE, c.subject() + (c.isCa() ? " is" : " is not") + " a CA");
        }
        Optional<CertificateProfile> actual = CertificateProfile.of(c);
        if (actual.isPresent() && actual.get() != expected) {
            return Check.failed(PROFILE, c.subject() + " is a " + actual.get().description() + " certificate, not a "
                    + expected.description() + " certificate");
        }
        return Check.passed(PROFILE, c.subject() + " fits the " + expected.description() + " profile");
    }
}
