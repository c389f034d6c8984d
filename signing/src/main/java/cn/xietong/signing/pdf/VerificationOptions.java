package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What the verifier trusts: the trust anchors (the platform root) and the CRLs it knows. Without
 * trust anchors the certificate chain is not checked and signatures are at best INDETERMINATE.
 *
 * @param trustAnchors   trusted root (or issuing CA) certificates
 * @param crls           current CRLs of the issuing CAs
 * @param validationTime the time the chain is judged at; null means each signature's signing time
 */
public record VerificationOptions(List<X509CertificateHolder> trustAnchors, List<X509CRLHolder> crls, Instant validationTime) {

    public VerificationOptions {
        trustAnchors = List.copyOf(trustAnchors);
        crls = List.copyOf(crls);
    }

    /** No trust anchors: the chain is reported NOT_CHECKED. */
    public static VerificationOptions none() {
        return new VerificationOptions(List.of(), List.of(), null);
    }

    public static VerificationOptions trusting(List<X509CertificateHolder> anchors, List<X509CRLHolder> crls) {
        return new VerificationOptions(anchors, crls, null);
    }

    public boolean checksChain() {
        return !trustAnchors.isEmpty();
    }
}
