package cn.xietong.signing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;

import cn.xietong.signing.Check;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.seal.DocumentSealer;
import cn.xietong.signing.seal.PreparedSignature;
import cn.xietong.signing.seal.SealVerificationReport;
import cn.xietong.signing.seal.SealVerifier;
import cn.xietong.signing.seal.SesSignature;

/**
 * Profile {@link SealProfile#SES_GBT38540}: a GB/T 38540 v4 {@code SES_Signature} in /Contents whose
 * dataHash is SM3 of the byte-range content and whose propertyInfo is {@code PDF:<field name>}.
 * Building and checking the structure is the seal package's work; this class fits it to PDF.
 */
final class SesSignatures {

    private SesSignatures() {
    }

    /** What propertyInfo says a PDF seal protects. */
    static String propertyInfo(String fieldName) {
        return "PDF:" + fieldName;
    }

    /**
     * The DER SES_Signature; {@code signatureFor} receives DER(TBS_Sign) and returns the DER SM2 value.
     * The seal's rules (maker signature, validity at the signing time, signer listed in the seal, and
     * the signer certificate) are checked by {@link DocumentSealer#prepare} and throw its typed exceptions.
     */
    static byte[] build(byte[] content, SealParameters p, String fieldName, CertificateValidator validator,
                        UnaryOperator<byte[]> signatureFor) {
        DocumentSealer sealer = new DocumentSealer(validator);
        PreparedSignature prepared = sealer.prepare(p.seal(), p.signerCertificate(), Sm3Digest.of(content),
                propertyInfo(fieldName), p.signingTime());
        byte[] tbs = prepared.dataToSign();
        byte[] value = signatureFor.apply(tbs);
        // Assembled here rather than by DocumentSealer.complete, which verifies the value once more:
        // PdfSealer has already verified any value that did not come from a local key.
        try {
            return Der.sequenceOf(tbs,
                    new DEROctetString(p.signerCertificate().der()).getEncoded(ASN1Encoding.DER),
                    Sm2.SM3_WITH_SM2_OID.getEncoded(ASN1Encoding.DER),
                    new DERBitString(value).getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Verifies the SES_Signature in {@code contents} over {@code content}. The seal package's checks are
     * reported under the PDF report's common names where they mean the same (structure → format,
     * data-hash → message digest, signer-signature → signature value) and under their own otherwise;
     * the signer certificate is left to the chain check of the PDF verifier.
     */
    static void verify(byte[] contents, byte[] content, PdfSealVerifier.Reading r, CertificateValidator validator) {
        byte[] der = withoutPadding(contents);
        if (der == null) {
            r.checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "/Contents does not hold a DER SEQUENCE"));
            return;
        }
        SealVerifier verifier = validator == null ? new SealVerifier() : new SealVerifier(validator);
        SealVerificationReport report = verifier.verify(der, Sm3Digest.of(content));
        for (Check c : report.checks()) {
            switch (c.name()) {
                case SealVerificationReport.STRUCTURE -> r.checks.add(new Check(SignatureReport.SIGNATURE_FORMAT, c.outcome(), c.detail()));
                case SealVerificationReport.DATA_HASH -> r.checks.add(new Check(SignatureReport.MESSAGE_DIGEST, c.outcome(), c.detail()));
                case SealVerificationReport.SIGNER_SIGNATURE -> r.checks.add(new Check(SignatureReport.SIGNATURE_VALUE, c.outcome(), c.detail()));
                case SealVerificationReport.SIGNER_CERTIFICATE -> { }
                default -> r.checks.add(c);
            }
        }
        SesSignature signature = report.signature();
        if (signature == null) {
            return;
        }
        r.signingTime = signature.timeInfo();
        r.sealName = signature.seal().name();
        r.sealId = signature.seal().esId();
        try {
            r.signer = signature.signerCertificate();
        } catch (RuntimeException e) {
            r.signer = null;
        }
    }

    /** The DER object at the start of {@code contents}, without the zero padding after it; null if none. */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30) {
            return null;
        }
        int first = contents[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7F;
            if (n == 0 || n > 4 || contents.length < 2 + n) {
                return null;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (contents[2 + i] & 0xFF);
            }
            header = 2 + n;
        }
        if (header + length > contents.length) {
            return null;
        }
        return java.util.Arrays.copyOf(contents, (int) (header + length));
    }
}
