package cn.xietong.signing.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;

import cn.xietong.signing.CertificateRejectedException;
import cn.xietong.signing.Check;
import cn.xietong.signing.SealRuleException;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * Applies a seal to protected bytes: produces a GB/T 38540 v4 {@code SES_Signature} whose dataHash is the
 * SM3 of those bytes. Three steps so the signer's key may live elsewhere (phone, USB key, HSM):
 * {@link #prepare} → sign {@link PreparedSignature#dataToSign()} → {@link #complete}; or {@link #sign} in one go.
 *
 * <p>Refuses (typed exceptions): a seal whose maker signature does not verify (SEAL_INVALID), a seal outside its
 * validity at the signing time (SEAL_NOT_VALID_AT_TIME), a signer certificate the seal does not list
 * (SIGNER_NOT_ALLOWED_BY_SEAL), a signer certificate expired, revoked or untrusted (CERTIFICATE_*), a signature
 * value that does not verify (SIGNING_FAILED), a v1 seal (UNSUPPORTED).
 */
public final class DocumentSealer {

    private final CertificateValidator validator;

    /** Checks the signer certificate's dates only. */
    public DocumentSealer() {
        this(null);
    }

    /** Checks the signer certificate with {@code validator} (chain, dates, revocation), if not null. */
    public DocumentSealer(CertificateValidator validator) {
        this.validator = validator;
    }

    /** Step 1 with the protected bytes themselves. */
    public PreparedSignature prepare(SesSeal seal, Sm2Certificate signerCertificate, byte[] protectedBytes,
            String propertyInfo, Instant signingTime) {
        return prepare(seal, signerCertificate, Sm3Digest.of(protectedBytes), propertyInfo, signingTime);
    }

    /**
     * Step 1: checks the seal and the signer and builds DER(TBS_Sign).
     *
     * @param dataHash     SM3 of the protected bytes
     * @param propertyInfo what is protected (IA5 characters), e.g. the path of an OFD Signature.xml or a document id
     */
    public PreparedSignature prepare(SesSeal seal, Sm2Certificate signerCertificate, Sm3Digest dataHash,
            String propertyInfo, Instant signingTime) {
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(signerCertificate, "signerCertificate");
        Objects.requireNonNull(propertyInfo, "propertyInfo");
        Objects.requireNonNull(signingTime, "signingTime");
        if (seal.version() != SesVersion.V4) {
            throw new SigningException(Code.UNSUPPORTED, "only GB/T 38540 v4 seals can be applied; this seal is " + seal.version());
        }
        Check makerSignature = SealVerifier.sealMakerSignature(seal);
        if (!makerSignature.isPassed()) {
            throw new SealRuleException(Code.SEAL_INVALID, "the seal '" + seal.name() + "' is not intact: "
                    + makerSignature.detail());
        }
        if (!seal.isValidAt(signingTime)) {
            throw new SealRuleException(Code.SEAL_NOT_VALID_AT_TIME, "the seal '" + seal.name() + "' is valid from "
                    + seal.validStart() + " to " + seal.validEnd() + ", not at " + signingTime);
        }
        if (!seal.allows(signerCertificate.der()).orElse(false)) {
            throw new SealRuleException(Code.SIGNER_NOT_ALLOWED_BY_SEAL, "the seal '" + seal.name()
                    + "' does not list the certificate of " + signerCertificate.subject() + " (serial "
                    + signerCertificate.serialNumber().toString(16) + ") among those allowed to use it");
        }
        if (validator != null) {
            validator.validate(signerCertificate, signingTime).requireValid();
        } else if (!signerCertificate.isValidAt(signingTime)) {
            throw new CertificateRejectedException(Code.CERTIFICATE_EXPIRED, "the signer certificate "
                    + signerCertificate.subject() + " is not valid at " + signingTime + " (valid "
                    + signerCertificate.notBefore() + " to " + signerCertificate.notAfter() + ")");
        }
        if (!propertyInfo.chars().allMatch(ch -> ch < 0x80)) {
            throw new IllegalArgumentException("propertyInfo is an IA5String: ASCII only");
        }
        try {
            byte[] tbs = Der.sequenceOf(
                    new ASN1Integer(4).getEncoded("DER"),
                    seal.encoded(),
                    SealMaker.time(signingTime).getEncoded("DER"),
                    new DERBitString(dataHash.bytes()).getEncoded("DER"),
                    new DERIA5String(propertyInfo).getEncoded("DER"));
            return new PreparedSignature(tbs, signerCertificate, seal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Step 3: assembles the SES_Signature from a signature value over {@link PreparedSignature#dataToSign()}.
     *
     * @throws SigningException SIGNING_FAILED if the value does not verify with the signer's certificate
     */
    public SesSignature complete(PreparedSignature prepared, Sm2Signature value) {
        byte[] tbs = prepared.dataToSign();
        if (!Sm2Verifier.verify(prepared.signerCertificate().publicKey(), tbs, value)) {
            throw new SigningException(Code.SIGNING_FAILED, "the signature value does not verify with the certificate of "
                    + prepared.signerCertificate().subject() + " over the prepared TBS_Sign");
        }
        return SesSignature.assembleV4(tbs, prepared.signerCertificate().der(), Sm2.SM3_WITH_SM2_OID, value.toDer());
    }

    /** All three steps with a signer at hand. */
    public SesSignature sign(SesSeal seal, Sm2Certificate signerCertificate, Sm2Signer signer, byte[] protectedBytes,
            String propertyInfo, Instant signingTime) {
        PreparedSignature p = prepare(seal, signerCertificate, protectedBytes, propertyInfo, signingTime);
        Sm2Signature value = signer.sign(p.dataToSign());
        if (signer instanceof LocalSm2Signer local && local.publicKey().equals(signerCertificate.publicKey())) {
            // A key held here and matching the certificate makes a valid value: no second verification.
            return SesSignature.assembleV4(p.dataToSign(), signerCertificate.der(), Sm2.SM3_WITH_SM2_OID, value.toDer());
        }
        return complete(p, value);
    }

}
