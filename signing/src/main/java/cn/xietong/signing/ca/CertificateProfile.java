package cn.xietong.signing.ca;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Every kind of certificate the platform CA issues, and what each one carries. This enum is the single
 * place where key usage, basic constraints, extended key usage, policy and default lifetime are decided.
 *
 * <p>Each profile is marked in the certificate by a certificate-policy OID under the Xietong arc
 * {@value #XIETONG_ARC} (an X.667 UUID OID, which needs no registration). {@link #of(Sm2Certificate)}
 * reads it back.
 *
 * <table>
 * <caption>Profiles</caption>
 * <tr><th>profile</th><th>CA</th><th>key usage</th><th>extended key usage</th><th>USCC</th></tr>
 * <tr><td>ROOT_CA</td><td>yes, pathLen 1</td><td>keyCertSign, cRLSign</td><td>-</td><td>no</td></tr>
 * <tr><td>ISSUING_CA</td><td>yes, pathLen 0</td><td>keyCertSign, cRLSign</td><td>-</td><td>no</td></tr>
 * <tr><td>UNIT</td><td>no</td><td>digitalSignature, nonRepudiation</td><td>documentSigning</td><td>required</td></tr>
 * <tr><td>PERSON</td><td>no</td><td>digitalSignature, nonRepudiation</td><td>documentSigning</td><td>optional</td></tr>
 * <tr><td>SEAL_MAKER</td><td>no</td><td>digitalSignature, nonRepudiation</td><td>Xietong sealMaking</td><td>required</td></tr>
 * <tr><td>EXCHANGE_SERVICE</td><td>no</td><td>digitalSignature</td><td>documentSigning, serverAuth, clientAuth</td><td>required</td></tr>
 * </table>
 */
public enum CertificateProfile {

    /** The platform root (self-signed). */
    ROOT_CA("root CA", true, 1, KeyUsage.keyCertSign | KeyUsage.cRLSign, List.of(), false, Duration.ofDays(20 * 365), 1),
    /** The issuing CA under the root; signs end-entity certificates and the CRL. */
    ISSUING_CA("issuing CA", true, 0, KeyUsage.keyCertSign | KeyUsage.cRLSign, List.of(), false, Duration.ofDays(10 * 365), 2),
    /** A unit (机关单位) signing as itself: the certificate bound to a unit's seal. */
    UNIT("unit", false, -1, KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
            List.of(Oids.DOCUMENT_SIGNING), true, Duration.ofDays(3 * 365), 3),
    /** A person (civil servant, leader) signing as themselves. */
    PERSON("person", false, -1, KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
            List.of(Oids.DOCUMENT_SIGNING), false, Duration.ofDays(2 * 365), 4),
    /** The seal-making key (制章): signs SES_Seal structures, nothing else. */
    SEAL_MAKER("seal maker", false, -1, KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
            List.of(Oids.SEAL_MAKING), true, Duration.ofDays(5 * 365), 5),
    /** A unit's exchange service: signs exchange packages and receipts, and authenticates over TLS. */
    EXCHANGE_SERVICE("exchange service", false, -1, KeyUsage.digitalSignature,
            List.of(Oids.DOCUMENT_SIGNING, KeyPurposeId.id_kp_serverAuth.toOID(), KeyPurposeId.id_kp_clientAuth.toOID()),
            true, Duration.ofDays(2 * 365), 6);

    /** The Xietong private OID arc: 2.25 + UUID eac3ac46-809a-4fbd-a031-64822244bfa9 as an integer. */
    public static final String XIETONG_ARC = "2.25.312055343061308442131153565517860880297";

    /** OIDs used by the profiles. */
    public static final class Oids {
        /** id-kp-documentSigning, RFC 9336. */
        public static final ASN1ObjectIdentifier DOCUMENT_SIGNING = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36");
        /** Xietong extended key usage "seal making": {@value #XIETONG_ARC}.2.1. */
        public static final ASN1ObjectIdentifier SEAL_MAKING = new ASN1ObjectIdentifier(XIETONG_ARC + ".2.1");
        /** Xietong certificate policies: {@value #XIETONG_ARC}.1.n, n = profile number. */
        public static final ASN1ObjectIdentifier POLICY_ARC = new ASN1ObjectIdentifier(XIETONG_ARC + ".1");

        private Oids() {
        }
    }

    private final String description;
    private final boolean ca;
    private final int pathLength;
    private final int keyUsage;
    private final List<ASN1ObjectIdentifier> extendedKeyUsages;
    private final boolean requiresUscc;
    private final Duration defaultValidity;
    private final int number;

    CertificateProfile(String description, boolean ca, int pathLength, int keyUsage,
            List<ASN1ObjectIdentifier> extendedKeyUsages, boolean requiresUscc, Duration defaultValidity, int number) {
        this.description = description;
        this.ca = ca;
        this.pathLength = pathLength;
        this.keyUsage = keyUsage;
        this.extendedKeyUsages = extendedKeyUsages;
        this.requiresUscc = requiresUscc;
        this.defaultValidity = defaultValidity;
        this.number = number;
    }

    /** Human description ("seal maker"). */
    public String description() {
        return description;
    }

    /** True for CA certificates (basicConstraints cA=TRUE). */
    public boolean isCa() {
        return ca;
    }

    /** pathLenConstraint for CAs, -1 for end entities. */
    public int pathLength() {
        return pathLength;
    }

    /** KeyUsage bits (Bouncy Castle {@link KeyUsage} constants, or-ed). */
    public int keyUsage() {
        return keyUsage;
    }

    /** Extended key usages, empty for CAs (no EKU extension is written then). */
    public List<ASN1ObjectIdentifier> extendedKeyUsages() {
        return extendedKeyUsages;
    }

    /** Whether the subject must carry the unit's unified social credit code. */
    public boolean requiresUscc() {
        return requiresUscc;
    }

    /** Lifetime used when the caller does not give one. */
    public Duration defaultValidity() {
        return defaultValidity;
    }

    /** The certificate policy OID that marks this profile. */
    public ASN1ObjectIdentifier policyOid() {
        return Oids.POLICY_ARC.branch(Integer.toString(number));
    }

    /** The profile a certificate was issued under, read from its certificate policies. */
    public static Optional<CertificateProfile> of(Sm2Certificate certificate) {
        for (ASN1ObjectIdentifier p : certificate.policyOids()) {
            for (CertificateProfile profile : values()) {
                if (profile.policyOid().equals(p)) {
                    return Optional.of(profile);
                }
            }
        }
        return Optional.empty();
    }
}
