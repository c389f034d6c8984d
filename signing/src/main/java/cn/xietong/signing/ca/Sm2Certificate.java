package cn.xietong.signing.ca;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * An X.509 certificate with an SM2 key, kept with its original DER bytes: signature checks run over
 * the TBSCertificate exactly as received. Equal by DER bytes.
 */
public final class Sm2Certificate {

    /** Largest certificate accepted: 64 KiB. */
    public static final int MAX_LENGTH = 64 * 1024;

    private final byte[] der;
    private final X509CertificateHolder holder;
    private final byte[] tbs;
    private final byte[] signatureValue;
    /** Parsed once: the same key object keeps Bouncy Castle's precomputation for repeated verifications. */
    private volatile Sm2PublicKey publicKey;
    private volatile Sm3Digest fingerprint;
    private volatile Instant notBefore;
    private volatile Instant notAfter;

    private Sm2Certificate(byte[] der, X509CertificateHolder holder, byte[] tbs, byte[] signatureValue) {
        this.der = der;
        this.holder = holder;
        this.tbs = tbs;
        this.signatureValue = signatureValue;
    }

    /** Parses a DER certificate (strictly one object, at most {@link #MAX_LENGTH} bytes). */
    public static Sm2Certificate fromDer(byte[] der) {
        ASN1Primitive p = Der.read(der, "X.509 certificate", MAX_LENGTH);
        try {
            Certificate c = Certificate.getInstance(p);
            List<byte[]> parts = Der.rawElements(der, "X.509 certificate");
            if (parts.size() != 3) {
                throw new MalformedInputException(Code.MALFORMED_ENCODING, "an X.509 certificate has 3 parts");
            }
            ASN1BitString sig = c.getSignature();
            Sm2Certificate cert = new Sm2Certificate(der.clone(), new X509CertificateHolder(c), parts.get(0),
                    sig.getOctets());
            cert.parseExtensionsUsed(); // a malformed extension fails here, typed, not later in a check
            return cert;
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** Parses a PEM "CERTIFICATE" block. */
    public static Sm2Certificate fromPem(String pem) {
        String b64 = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            return fromDer(Base64.getDecoder().decode(b64));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** The DER bytes (a copy). */
    public byte[] der() {
        return der.clone();
    }

    /** PEM "CERTIFICATE". */
    public String toPem() {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    /** Bouncy Castle's view, for builders that need it. */
    public X509CertificateHolder holder() {
        return holder;
    }

    public X500Name subject() {
        return holder.getSubject();
    }

    public X500Name issuer() {
        return holder.getIssuer();
    }

    /** The subject's common name, or the whole DN if it has none. */
    public String subjectCommonName() {
        var rdns = subject().getRDNs(BCStyle.CN);
        return rdns.length == 0 ? subject().toString() : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** The subject's organizationIdentifier (the unified social credit code for Xietong certificates), if any. */
    public Optional<String> subjectOrganizationIdentifier() {
        var rdns = subject().getRDNs(BCStyle.ORGANIZATION_IDENTIFIER);
        return rdns.length == 0 ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    public BigInteger serialNumber() {
        return holder.getSerialNumber();
    }

    public Instant notBefore() {
        Instant t = notBefore;
        if (t == null) {
            t = holder.getNotBefore().toInstant(); // parses the ASN.1 time: done once
            notBefore = t;
        }
        return t;
    }

    public Instant notAfter() {
        Instant t = notAfter;
        if (t == null) {
            t = holder.getNotAfter().toInstant();
            notAfter = t;
        }
        return t;
    }

    /** True if {@code notBefore <= at <= notAfter}. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(notBefore()) && !at.isAfter(notAfter());
    }

    /** The subject public key; throws {@link MalformedInputException} (INVALID_KEY) if it is not SM2. */
    public Sm2PublicKey publicKey() {
        Sm2PublicKey key = publicKey;
        if (key == null) {
            key = Sm2PublicKey.fromSubjectPublicKeyInfo(holder.getSubjectPublicKeyInfo());
            publicKey = key;
        }
        return key;
    }

    /** The signature algorithm of the certificate. */
    public AlgorithmIdentifier signatureAlgorithm() {
        return holder.getSignatureAlgorithm();
    }

    /** The original TBSCertificate bytes (a copy). */
    public byte[] tbsCertificate() {
        return tbs.clone();
    }

    /** True if this certificate is SM3withSM2-signed by {@code issuerKey}, checked over the original TBS bytes. */
    public boolean isSignedBy(Sm2PublicKey issuerKey) {
        if (!Sm2.SM3_WITH_SM2_OID.equals(signatureAlgorithm().getAlgorithm())) {
            return false;
        }
        try {
            return Sm2Verifier.verify(issuerKey, tbs, Sm2Signature.fromDerOrRaw(signatureValue));
        } catch (MalformedInputException e) {
            return false;
        }
    }

    /** True if subject and issuer are the same name. */
    public boolean isSelfIssued() {
        return subject().equals(issuer());
    }

    /** basicConstraints cA. */
    public boolean isCa() {
        BasicConstraints bc = BasicConstraints.fromExtensions(extensions());
        return bc != null && bc.isCA();
    }

    /** pathLenConstraint, or null if none. */
    public BigInteger pathLength() {
        BasicConstraints bc = BasicConstraints.fromExtensions(extensions());
        return bc == null ? null : bc.getPathLenConstraint();
    }

    /** True if the key usage extension is present and has all the given bits. */
    public boolean hasKeyUsage(int bits) {
        KeyUsage ku = KeyUsage.fromExtensions(extensions());
        return ku != null && ku.hasUsages(bits);
    }

    /** True if the certificate has no key usage extension (unrestricted). */
    public boolean hasNoKeyUsageExtension() {
        return KeyUsage.fromExtensions(extensions()) == null;
    }

    /** Extended key usage OIDs (empty if no EKU extension). */
    public List<ASN1ObjectIdentifier> extendedKeyUsages() {
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(extensions());
        List<ASN1ObjectIdentifier> out = new ArrayList<>();
        if (eku != null) {
            for (KeyPurposeId k : eku.getUsages()) {
                out.add(k.toOID());
            }
        }
        return out;
    }

    /** Certificate policy OIDs (empty if none). */
    public List<ASN1ObjectIdentifier> policyOids() {
        List<ASN1ObjectIdentifier> out = new ArrayList<>();
        Extension e = extensions() == null ? null : extensions().getExtension(Extension.certificatePolicies);
        if (e != null) {
            for (PolicyInformation pi : CertificatePolicies.getInstance(e.getParsedValue()).getPolicyInformation()) {
                out.add(pi.getPolicyIdentifier());
            }
        }
        return out;
    }

    /** The subject key identifier extension value, if present. */
    public Optional<byte[]> subjectKeyId() {
        var ski = org.bouncycastle.asn1.x509.SubjectKeyIdentifier.fromExtensions(extensions());
        return ski == null ? Optional.empty() : Optional.of(ski.getKeyIdentifier());
    }

    /** The key identifier of the authority key identifier extension, if present. */
    public Optional<byte[]> authorityKeyId() {
        var aki = org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.fromExtensions(extensions());
        return aki == null || aki.getKeyIdentifierObject() == null ? Optional.empty()
                : Optional.of(aki.getKeyIdentifierObject().getOctets());
    }

    /** SM3 of the DER, handy as a stable identifier. */
    public Sm3Digest fingerprint() {
        Sm3Digest f = fingerprint;
        if (f == null) {
            f = Sm3Digest.of(der);
            fingerprint = f;
        }
        return f;
    }

    private void parseExtensionsUsed() {
        isCa();
        pathLength();
        hasNoKeyUsageExtension();
        extendedKeyUsages();
        policyOids();
        subjectKeyId();
        authorityKeyId();
    }

    private Extensions extensions() {
        return holder.getExtensions();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sm2Certificate other && MessageDigest.isEqual(der, other.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "Sm2Certificate[subject=" + subject() + ", serial=" + serialNumber().toString(16) + "]";
    }
}
