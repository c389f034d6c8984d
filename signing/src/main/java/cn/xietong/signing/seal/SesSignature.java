package cn.xietong.signing.seal;

import static cn.xietong.signing.seal.Asn1Fields.bits;
import static cn.xietong.signing.seal.Asn1Fields.octets;
import static cn.xietong.signing.seal.Asn1Fields.oid;
import static cn.xietong.signing.seal.Asn1Fields.seq;
import static cn.xietong.signing.seal.Asn1Fields.smallInt;
import static cn.xietong.signing.seal.Asn1Fields.string;
import static cn.xietong.signing.seal.Asn1Fields.time;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Der;

/**
 * A seal signature, GB/T 38540-2020 {@code SES_Signature} (v4) or GM/T 0031-2014 (v1, read only), kept with
 * its original DER bytes and the original bytes of {@code TBS_Sign}: the signer's signature is verified over
 * those bytes, never over a re-encoding.
 *
 * <pre>
 * v4  SES_Signature ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING, signatureAlgID OBJECT IDENTIFIER,
 *                                  signature BIT STRING, timeStamp [0] BIT STRING OPTIONAL }
 *     TBS_Sign ::= SEQUENCE { version INTEGER (4), eseal SES_Seal, timeInfo GeneralizedTime, dataHash BIT STRING,
 *                             propertyInfo IA5String, extDatas ExtensionDatas OPTIONAL }
 * v1  SES_Signature ::= SEQUENCE { toSign TBS_Sign, signature BIT STRING }
 *     TBS_Sign ::= SEQUENCE { version INTEGER (1), eseal SESeal, timeInfo BIT STRING, dataHash BIT STRING,
 *                             propertyInfo IA5String, cert OCTET STRING, signatureAlgorithm OBJECT IDENTIFIER,
 *                             extDatas ExtensionDatas OPTIONAL }
 * </pre>
 * The signature is SM2 with SM3 and user ID 1234567812345678 over DER(TBS_Sign); dataHash is the SM3 digest
 * of the protected bytes; propertyInfo names what was protected (for OFD the path of Signature.xml).
 */
public final class SesSignature {

    /** Largest seal signature accepted: 8 MiB. */
    public static final int MAX_LENGTH = 8 * 1024 * 1024;

    private final SesVersion version;
    private final byte[] encoded;
    private final byte[] tbsEncoded;
    private final int tbsVersion;
    private final SesSeal seal;
    private final Instant timeInfo;
    private final byte[] dataHash;
    private final String propertyInfo;
    private final byte[] signerCertificate;
    private final ASN1ObjectIdentifier signatureAlgorithm;
    private final byte[] signature;
    private final byte[] timeStamp;

    private SesSignature(SesVersion version, byte[] encoded, byte[] tbsEncoded, int tbsVersion, SesSeal seal,
            Instant timeInfo, byte[] dataHash, String propertyInfo, byte[] signerCertificate,
            ASN1ObjectIdentifier signatureAlgorithm, byte[] signature, byte[] timeStamp) {
        this.version = version;
        this.encoded = encoded;
        this.tbsEncoded = tbsEncoded;
        this.tbsVersion = tbsVersion;
        this.seal = seal;
        this.timeInfo = timeInfo;
        this.dataHash = dataHash;
        this.propertyInfo = propertyInfo;
        this.signerCertificate = signerCertificate;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signature = signature;
        this.timeStamp = timeStamp;
    }

    /**
     * Parses a seal signature (v4 or v1, told apart by shape).
     *
     * @throws MalformedInputException for anything that is not a well-formed seal signature
     */
    public static SesSignature fromDer(byte[] der) {
        ASN1Sequence top = seq(Der.read(der, "SES_Signature", MAX_LENGTH), "SES_Signature", 2, 5);
        List<byte[]> raw = Der.rawElements(der, "SES_Signature");
        byte[] tbsRaw = raw.get(0);
        try {
            ASN1Sequence tbs = seq(top.getObjectAt(0), "TBS_Sign", 5, 8);
            List<byte[]> tbsParts = Der.rawElements(tbsRaw, "TBS_Sign");
            int tbsVersion = smallInt(tbs.getObjectAt(0), "TBS_Sign.version");
            SesSeal seal = SesSeal.fromDer(tbsParts.get(1));
            Instant timeInfo = time(tbs.getObjectAt(2), "TBS_Sign.timeInfo");
            byte[] dataHash = bits(tbs.getObjectAt(3), "TBS_Sign.dataHash");
            String propertyInfo = string(tbs.getObjectAt(4), "TBS_Sign.propertyInfo");
            if (top.size() >= 4) {
                byte[] ts = null;
                if (top.size() == 5) {
                    if (!(top.getObjectAt(4) instanceof ASN1TaggedObject)) {
                        throw Asn1Fields.bad("SES_Signature.timeStamp", "[0]", top.getObjectAt(4));
                    }
                    ts = raw.get(4);
                }
                return new SesSignature(SesVersion.V4, der.clone(), tbsRaw, tbsVersion, seal, timeInfo, dataHash,
                        propertyInfo, octets(top.getObjectAt(1), "SES_Signature.cert"),
                        oid(top.getObjectAt(2), "SES_Signature.signatureAlgID"),
                        bits(top.getObjectAt(3), "SES_Signature.signature"), ts);
            }
            if (top.size() == 2 && tbs.size() >= 7) {
                return new SesSignature(SesVersion.V1, der.clone(), tbsRaw, tbsVersion, seal, timeInfo, dataHash,
                        propertyInfo, octets(tbs.getObjectAt(5), "TBS_Sign.cert (v1)"),
                        oid(tbs.getObjectAt(6), "TBS_Sign.signatureAlgorithm (v1)"),
                        bits(top.getObjectAt(1), "SES_Signature.signature (v1)"), null);
            }
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    "SES_Signature is not well formed: " + e.getMessage(), e);
        }
        throw new MalformedInputException(Code.MALFORMED_ENCODING,
                "SES_Signature has " + top.size() + " elements: neither v4 (4 or 5) nor v1 (2)");
    }

    /** Assembles a v4 signature from DER TBS_Sign and the signer's values (used by {@link DocumentSealer}). */
    static SesSignature assembleV4(byte[] tbsDer, byte[] signerCertDer, ASN1ObjectIdentifier alg, byte[] signatureDer) {
        try {
            return fromDer(Der.sequenceOf(tbsDer,
                    new org.bouncycastle.asn1.DEROctetString(signerCertDer).getEncoded("DER"), alg.getEncoded("DER"),
                    new org.bouncycastle.asn1.DERBitString(signatureDer).getEncoded("DER")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SesVersion version() {
        return version;
    }

    /** The signature as received or made (a copy): the content of an OFD SignedValue.dat. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The original DER of TBS_Sign: the bytes the signer signed (a copy). */
    public byte[] tbsEncoded() {
        return tbsEncoded.clone();
    }

    /** TBS_Sign.version (4 or 1). */
    public int tbsVersion() {
        return tbsVersion;
    }

    /** The seal used. */
    public SesSeal seal() {
        return seal;
    }

    /** When the signature was made, as the signer claims (TBS_Sign.timeInfo). */
    public Instant timeInfo() {
        return timeInfo;
    }

    /** TBS_Sign.dataHash: the SM3 digest of the protected bytes (a copy). */
    public byte[] dataHash() {
        return dataHash.clone();
    }

    /** TBS_Sign.propertyInfo. */
    public String propertyInfo() {
        return propertyInfo;
    }

    /** The signer's certificate as DER (a copy). */
    public byte[] signerCertificateDer() {
        return signerCertificate.clone();
    }

    /** The signer's certificate, parsed. */
    public Sm2Certificate signerCertificate() {
        return Sm2Certificate.fromDer(signerCertificate);
    }

    public ASN1ObjectIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The signature value (contents of the BIT STRING; DER SEQUENCE{r,s} in v4). */
    public byte[] signatureValue() {
        return signature.clone();
    }

    /** The raw [0] timeStamp element, if present (not verified by this module). */
    public Optional<byte[]> timeStamp() {
        return Optional.ofNullable(timeStamp).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "SesSignature[" + version + ", " + timeInfo + ", '" + propertyInfo + "', seal " + seal.name() + "]";
    }
}
