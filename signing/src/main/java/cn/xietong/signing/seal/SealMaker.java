package cn.xietong.signing.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;

import cn.xietong.signing.CertificateRejectedException;
import cn.xietong.signing.SealRuleException;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.crypto.Sm2Verifier;

/**
 * Makes GB/T 38540 v4 seals ({@code SES_Seal}) signed by the platform's seal-making key (制章).
 * The signature is SM3withSM2 (user ID 1234567812345678) over DER(SES_SealInfo), value DER SEQUENCE{r,s}.
 * Thread-safe if the signer is.
 */
public final class SealMaker {

    /** Vendor id written in SES_Header.Vid by default. */
    public static final String DEFAULT_VENDOR_ID = "XIETONG";

    private static final DateTimeFormatter GENERALIZED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Sm2Signer signer;
    private final Sm2Certificate certificate;
    private final String vendorId;
    private final CertificateValidator validator;

    /**
     * @param signer      the seal-making key
     * @param certificate its certificate (profile {@link CertificateProfile#SEAL_MAKER})
     * @param validator   validates the seal maker's and the allowed signers' certificates when a seal is made,
     *                    or null to check only their dates
     */
    public SealMaker(Sm2Signer signer, Sm2Certificate certificate, CertificateValidator validator) {
        this(signer, certificate, validator, DEFAULT_VENDOR_ID);
    }

    public SealMaker(Sm2Signer signer, Sm2Certificate certificate, CertificateValidator validator, String vendorId) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.validator = validator;
        this.vendorId = Objects.requireNonNull(vendorId, "vendorId");
        if (!certificate.publicKey().equals(signer.publicKey())) {
            throw new IllegalArgumentException("the seal maker's certificate is not for the signer's key");
        }
        requireIa5(vendorId, "vendor id");
    }

    /**
     * Makes a seal at {@code createDate}.
     *
     * @throws SealRuleException            PICTURE_TOO_LARGE or SEAL_INVALID for a bad request
     * @throws CertificateRejectedException if the seal maker's or an allowed signer's certificate is not valid
     *                                      at {@code createDate}
     */
    public SesSeal make(SealRequest request, Instant createDate) {
        request.picture().requireAcceptableForNewSeal();
        if (request.name().isBlank()) {
            throw new SealRuleException(Code.SEAL_INVALID, "a seal needs a name");
        }
        if (request.allowedSigners().isEmpty()) {
            throw new SealRuleException(Code.SEAL_INVALID, "a seal needs at least one certificate allowed to sign with it");
        }
        if (!request.validEnd().isAfter(request.validStart())) {
            throw new SealRuleException(Code.SEAL_INVALID, "the seal's validity ends (" + request.validEnd()
                    + ") before it starts (" + request.validStart() + ")");
        }
        String esId = request.esId() != null ? request.esId() : UUID.randomUUID().toString().replace("-", "");
        requireIa5(esId, "esID");
        requireUsable(certificate, createDate, CertificateProfile.SEAL_MAKER, "seal maker");
        for (Sm2Certificate c : request.allowedSigners()) {
            requireUsable(c, createDate, null, "allowed signer");
        }

        ASN1EncodableVector header = new ASN1EncodableVector();
        header.add(new DERIA5String("ES"));
        header.add(new ASN1Integer(4));
        header.add(new DERIA5String(vendorId));

        ASN1EncodableVector certs = new ASN1EncodableVector();
        request.allowedSigners().forEach(c -> certs.add(new DEROctetString(c.der())));
        ASN1EncodableVector property = new ASN1EncodableVector();
        property.add(new ASN1Integer(request.type()));
        property.add(new DERUTF8String(request.name()));
        property.add(new ASN1Integer(SesSeal.CERT_LIST_CERTIFICATES));
        property.add(new DERSequence(certs));
        property.add(time(createDate));
        property.add(time(request.validStart()));
        property.add(time(request.validEnd()));

        SealPicture p = request.picture();
        ASN1EncodableVector picture = new ASN1EncodableVector();
        picture.add(new DERIA5String(p.type()));
        picture.add(new DEROctetString(p.data()));
        picture.add(new ASN1Integer(p.widthMm()));
        picture.add(new ASN1Integer(p.heightMm()));

        ASN1EncodableVector info = new ASN1EncodableVector();
        info.add(new DERSequence(header));
        info.add(new DERIA5String(esId));
        info.add(new DERSequence(property));
        info.add(new DERSequence(picture));
        byte[] sealInfo;
        try {
            sealInfo = new DERSequence(info).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Sm2Signature sig = signer.sign(sealInfo);
        if (!Sm2Verifier.verify(certificate.publicKey(), signer.userId(), sealInfo, sig)) {
            throw new SigningException(Code.SIGNING_FAILED, "the seal maker's signer returned a signature that does not "
                    + "verify with the seal maker's certificate");
        }
        return SesSeal.assembleV4(sealInfo, certificate.der(), Sm2.SM3_WITH_SM2_OID, sig.toDer());
    }

    private void requireUsable(Sm2Certificate c, Instant at, CertificateProfile profile, String role) {
        if (validator != null) {
            validator.validate(c, at, profile).requireValid();
        } else if (!c.isValidAt(at)) {
            throw new CertificateRejectedException(Code.CERTIFICATE_EXPIRED, "the " + role + " certificate "
                    + c.subject() + " is not valid at " + at + " (valid " + c.notBefore() + " to " + c.notAfter() + ")");
        }
    }

    static DERGeneralizedTime time(Instant t) {
        return new DERGeneralizedTime(GENERALIZED.format(t.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static void requireIa5(String s, String what) {
        if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
            throw new SealRuleException(Code.SEAL_INVALID, "the " + what + " must be printable ASCII (IA5String): " + s);
        }
    }
}
