package cn.xietong.signing.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;

/** An X.509 v2 CRL signed SM3withSM2, kept with its original DER bytes. */
public final class Sm2Crl {

    /** Largest CRL accepted: 8 MiB. */
    public static final int MAX_LENGTH = 8 * 1024 * 1024;

    /**
     * One revoked certificate.
     *
     * @param reasonCode RFC 5280 CRLReason value ({@link CRLReason#unspecified} when the CRL entry has none)
     */
    public record Revocation(BigInteger serialNumber, Instant revokedAt, int reasonCode) {

        /** The reason in words, e.g. "keyCompromise". */
        public String reason() {
            String s = CRLReason.lookup(reasonCode).toString();
            // Bouncy Castle renders "CRLReason: keyCompromise"
            return s.startsWith("CRLReason: ") ? s.substring(11) : s;
        }
    }

    private final byte[] der;
    private final X509CRLHolder holder;
    private final byte[] tbs;
    private final byte[] signatureValue;

    private Sm2Crl(byte[] der, X509CRLHolder holder, byte[] tbs, byte[] signatureValue) {
        this.der = der;
        this.holder = holder;
        this.tbs = tbs;
        this.signatureValue = signatureValue;
    }

    /** Parses a DER CRL. */
    public static Sm2Crl fromDer(byte[] der) {
        ASN1Primitive p = Der.read(der, "X.509 CRL", MAX_LENGTH);
        try {
            CertificateList cl = CertificateList.getInstance(p);
            List<byte[]> parts = Der.rawElements(der, "X.509 CRL");
            if (parts.size() != 3) {
                throw new MalformedInputException(Code.MALFORMED_ENCODING, "an X.509 CRL has 3 parts");
            }
            return new Sm2Crl(der.clone(), new X509CRLHolder(cl), parts.get(0), cl.getSignature().getOctets());
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not an X.509 CRL: " + e.getMessage(), e);
        }
    }

    public byte[] der() {
        return der.clone();
    }

    public X500Name issuer() {
        return holder.getIssuer();
    }

    public Instant thisUpdate() {
        return holder.getThisUpdate().toInstant();
    }

    /** nextUpdate, if the CRL has one (Xietong CRLs always do). */
    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(holder.getNextUpdate()).map(java.util.Date::toInstant);
    }

    /** The CRL number extension, if present. */
    public Optional<BigInteger> crlNumber() {
        Extension e = holder.getExtension(Extension.cRLNumber);
        return e == null ? Optional.empty()
                : Optional.of(org.bouncycastle.asn1.ASN1Integer.getInstance(e.getParsedValue()).getValue());
    }

    /** The entry for a serial number, if revoked. */
    public Optional<Revocation> revocationOf(BigInteger serial) {
        X509CRLEntryHolder e = holder.getRevokedCertificate(serial);
        if (e == null) {
            return Optional.empty();
        }
        int reason = CRLReason.unspecified;
        Extension r = e.getExtensions() == null ? null : e.getExtensions().getExtension(Extension.reasonCode);
        if (r != null) {
            reason = ASN1Enumerated.getInstance(r.getParsedValue()).intValueExact();
        }
        return Optional.of(new Revocation(serial, e.getRevocationDate().toInstant(), reason));
    }

    /** True if SM3withSM2-signed by {@code issuerKey}, checked over the original TBSCertList bytes. */
    public boolean isSignedBy(Sm2PublicKey issuerKey) {
        if (!Sm2.SM3_WITH_SM2_OID.equals(holder.toASN1Structure().getSignatureAlgorithm().getAlgorithm())) {
            return false;
        }
        try {
            return Sm2Verifier.verify(issuerKey, tbs, Sm2Signature.fromDerOrRaw(signatureValue));
        } catch (MalformedInputException e) {
            return false;
        }
    }

    public X509CRLHolder holder() {
        return holder;
    }
}
