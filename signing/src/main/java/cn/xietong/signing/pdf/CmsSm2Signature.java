package cn.xietong.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.util.CollectionStore;

import cn.xietong.signing.pdf.PdfSealingException.Reason;

/**
 * Profile {@link SealProfile#CMS_SM2}: the detached CMS SignedData over the byte-range content.
 * The SM2 signature is computed over the DER signed attributes (content-type, signing-time,
 * message-digest), which are fully determined by the content and the signing time.
 */
final class CmsSm2Signature {

    private static final BcDigestCalculatorProvider DIGESTS = new BcDigestCalculatorProvider();
    private static final AlgorithmIdentifier SM3_WITH_SM2 = new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);

    private CmsSm2Signature() {
    }

    /**
     * The DER CMS SignedData; {@code signatureFor} receives the DER signed attributes (the bytes SM2
     * signs) and returns the DER SM2 signature value.
     */
    static byte[] build(byte[] content, SealParameters p, UnaryOperator<byte[]> signatureFor) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(DIGESTS)
                    .setSignedAttributeGenerator(new SignedAttributes(Date.from(p.signingTime())))
                    .build(new ExternalContentSigner(signatureFor), p.signerCertificate().holder()));
            generator.addCertificates(new CollectionStore<X509CertificateHolder>(
                    p.signerChain().stream().map(c -> c.holder()).toList()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | IOException e) {
            if (e.getCause() instanceof PdfSealingException p2) {
                throw p2;
            }
            throw new PdfSealingException(Reason.SIGNING_FAILED, "building the CMS signature failed: " + e.getMessage(), e);
        }
    }

    /** Exactly the three signed attributes of the profile, the signing time given by the caller. */
    private record SignedAttributes(Date signingTime) implements CMSAttributeTableGenerator {
        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            v.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
            v.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            return new AttributeTable(v);
        }
    }

    /** A content signer whose signature value comes from outside (server key, phone, USB key). */
    private static final class ExternalContentSigner implements ContentSigner {
        private final UnaryOperator<byte[]> signatureFor;
        private final ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream(256);

        ExternalContentSigner(UnaryOperator<byte[]> signatureFor) {
            this.signatureFor = signatureFor;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return SM3_WITH_SM2;
        }

        @Override
        public OutputStream getOutputStream() {
            return toBeSigned;
        }

        @Override
        public byte[] getSignature() {
            return signatureFor.apply(toBeSigned.toByteArray());
        }
    }
}
