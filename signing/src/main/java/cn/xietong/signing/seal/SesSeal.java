package cn.xietong.signing.seal;

import static cn.xietong.signing.seal.Asn1Fields.bits;
import static cn.xietong.signing.seal.Asn1Fields.octets;
import static cn.xietong.signing.seal.Asn1Fields.oid;
import static cn.xietong.signing.seal.Asn1Fields.seq;
import static cn.xietong.signing.seal.Asn1Fields.smallInt;
import static cn.xietong.signing.seal.Asn1Fields.string;
import static cn.xietong.signing.seal.Asn1Fields.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * An electronic seal, GB/T 38540-2020 {@code SES_Seal} (v4) or GM/T 0031-2014 {@code SESeal} (v1, read only),
 * kept with its original DER bytes and the original bytes of {@code SES_SealInfo}: the seal maker's
 * signature is verified over those bytes, never over a re-encoding.
 *
 * <pre>
 * v4  SES_Seal ::= SEQUENCE { eSealInfo SES_SealInfo, cert OCTET STRING, signAlgID OBJECT IDENTIFIER, signedValue BIT STRING }
 * v1  SESeal   ::= SEQUENCE { esealInfo SES_SealInfo, signInfo SEQUENCE { cert OCTET STRING, signatureAlgorithm OBJECT IDENTIFIER, signData BIT STRING } }
 * SES_SealInfo ::= SEQUENCE { header SEQUENCE { ID IA5String "ES", version INTEGER, Vid IA5String },
 *                             esID IA5String, property SES_ESPropertyInfo, picture SES_ESPictrueInfo, extDatas ExtensionDatas OPTIONAL }
 * v4  SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER, certList SES_CertList,
 *                                       createDate GeneralizedTime, validStart GeneralizedTime, validEnd GeneralizedTime }
 * v1  SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certList SEQUENCE OF OCTET STRING,
 *                                       createDate UTCTime, validStart UTCTime, validEnd UTCTime }
 * SES_CertList: certListType 1 = SEQUENCE OF OCTET STRING (DER certificates),
 *               certListType 2 = SEQUENCE OF SEQUENCE { type PrintableString, value OCTET STRING } (certificate digests)
 * SES_ESPictrueInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER, height INTEGER }  -- mm
 * </pre>
 */
public final class SesSeal {

    /** Largest seal accepted: 4 MiB. */
    public static final int MAX_LENGTH = 4 * 1024 * 1024;

    /** certListType 1: the certificates themselves. */
    public static final int CERT_LIST_CERTIFICATES = 1;
    /** certListType 2: digests of the certificates. */
    public static final int CERT_LIST_DIGESTS = 2;

    /** A digest of an allowed certificate (certListType 2). */
    public record CertDigest(String type, byte[] value) {
    }

    private final SesVersion version;
    private final byte[] encoded;
    private final byte[] sealInfoEncoded;
    private final int headerVersion;
    private final String vendorId;
    private final String esId;
    private final int type;
    private final String name;
    private final int certListType;
    private final List<byte[]> certificates;
    private final List<CertDigest> certificateDigests;
    private final Instant createDate;
    private final Instant validStart;
    private final Instant validEnd;
    private final SealPicture picture;
    private final byte[] sealMakerCertificate;
    private final ASN1ObjectIdentifier signatureAlgorithm;
    private final byte[] signedValue;

    private SesSeal(SesVersion version, byte[] encoded, byte[] sealInfoEncoded, int headerVersion, String vendorId,
            String esId, int type, String name, int certListType, List<byte[]> certificates,
            List<CertDigest> certificateDigests, Instant createDate, Instant validStart, Instant validEnd,
            SealPicture picture, byte[] sealMakerCertificate, ASN1ObjectIdentifier signatureAlgorithm,
            byte[] signedValue) {
        this.version = version;
        this.encoded = encoded;
        this.sealInfoEncoded = sealInfoEncoded;
        this.headerVersion = headerVersion;
        this.vendorId = vendorId;
        this.esId = esId;
        this.type = type;
        this.name = name;
        this.certListType = certListType;
        this.certificates = certificates;
        this.certificateDigests = certificateDigests;
        this.createDate = createDate;
        this.validStart = validStart;
        this.validEnd = validEnd;
        this.picture = picture;
        this.sealMakerCertificate = sealMakerCertificate;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signedValue = signedValue;
    }

    /**
     * Parses a seal (v4 or v1, told apart by shape).
     *
     * @throws MalformedInputException for anything that is not a well-formed seal
     */
    public static SesSeal fromDer(byte[] der) {
        ASN1Sequence top = seq(Der.read(der, "SES_Seal", MAX_LENGTH), "SES_Seal", 2, 4);
        List<byte[]> raw = Der.rawElements(der, "SES_Seal");
        try {
            if (top.size() == 4) {
                return parse(SesVersion.V4, der, raw.get(0), top.getObjectAt(0), top.getObjectAt(1),
                        top.getObjectAt(2), top.getObjectAt(3));
            }
            if (top.size() == 2) {
                ASN1Sequence signInfo = seq(top.getObjectAt(1), "SESeal.signInfo (v1)", 3, 3);
                return parse(SesVersion.V1, der, raw.get(0), top.getObjectAt(0), signInfo.getObjectAt(0),
                        signInfo.getObjectAt(1), signInfo.getObjectAt(2));
            }
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "SES_Seal is not well formed: " + e.getMessage(), e);
        }
        throw new MalformedInputException(Code.MALFORMED_ENCODING,
                "SES_Seal has " + top.size() + " elements: neither v4 (4) nor v1 (2)");
    }

    private static SesSeal parse(SesVersion v, byte[] der, byte[] sealInfoRaw, ASN1Encodable sealInfo,
            ASN1Encodable cert, ASN1Encodable alg, ASN1Encodable signed) {
        ASN1Sequence info = seq(sealInfo, "SES_SealInfo", 4, 5);
        ASN1Sequence header = seq(info.getObjectAt(0), "SES_SealInfo.header", 3, 3);
        String id = string(header.getObjectAt(0), "SES_Header.ID");
        if (!"ES".equals(id)) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "SES_Header.ID is '" + id + "', not 'ES'");
        }
        int headerVersion = smallInt(header.getObjectAt(1), "SES_Header.version");
        String vid = string(header.getObjectAt(2), "SES_Header.Vid");
        String esId = string(info.getObjectAt(1), "SES_SealInfo.esID");

        ASN1Sequence prop = seq(info.getObjectAt(2), "SES_ESPropertyInfo", 6, 7);
        int type = smallInt(prop.getObjectAt(0), "SES_ESPropertyInfo.type");
        String name = string(prop.getObjectAt(1), "SES_ESPropertyInfo.name");
        int certListType;
        ASN1Encodable certList;
        int next;
        if (prop.size() == 7 && prop.getObjectAt(2) instanceof ASN1Integer) { // v4 layout
            certListType = smallInt(prop.getObjectAt(2), "SES_ESPropertyInfo.certListType");
            certList = prop.getObjectAt(3);
            next = 4;
        } else if (prop.size() == 6) { // v1 layout
            certListType = CERT_LIST_CERTIFICATES;
            certList = prop.getObjectAt(2);
            next = 3;
        } else {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "SES_ESPropertyInfo has an unknown layout");
        }
        List<byte[]> certs = new ArrayList<>();
        List<CertDigest> digests = new ArrayList<>();
        ASN1Sequence list = seq(certList, "SES_ESPropertyInfo.certList", 0, 1000);
        for (ASN1Encodable e : list) {
            if (certListType == CERT_LIST_CERTIFICATES) {
                certs.add(octets(e, "SES_CertList certificate"));
            } else if (certListType == CERT_LIST_DIGESTS) {
                ASN1Sequence d = seq(e, "SES_CertList digest", 2, 2);
                digests.add(new CertDigest(string(d.getObjectAt(0), "CertDigestObj.type"),
                        octets(d.getObjectAt(1), "CertDigestObj.value")));
            } else {
                throw new MalformedInputException(Code.MALFORMED_ENCODING, "certListType " + certListType + " is unknown");
            }
        }
        Instant created = time(prop.getObjectAt(next), "SES_ESPropertyInfo.createDate");
        Instant start = time(prop.getObjectAt(next + 1), "SES_ESPropertyInfo.validStart");
        Instant end = time(prop.getObjectAt(next + 2), "SES_ESPropertyInfo.validEnd");

        ASN1Sequence pic = seq(info.getObjectAt(3), "SES_ESPictrueInfo", 4, 4);
        SealPicture picture = new SealPicture(string(pic.getObjectAt(0), "SES_ESPictrueInfo.type"),
                octets(pic.getObjectAt(1), "SES_ESPictrueInfo.data"),
                smallInt(pic.getObjectAt(2), "SES_ESPictrueInfo.width"),
                smallInt(pic.getObjectAt(3), "SES_ESPictrueInfo.height"));

        return new SesSeal(v, der.clone(), sealInfoRaw, headerVersion, vid, esId, type, name, certListType,
                List.copyOf(certs), List.copyOf(digests), created, start, end, picture,
                octets(cert, "seal maker cert"), oid(alg, "seal signature algorithm"), bits(signed, "seal signedValue"));
    }

    /** Assembles a v4 seal from DER SES_SealInfo and the seal maker's signature (used by {@link SealMaker}). */
    static SesSeal assembleV4(byte[] sealInfoDer, byte[] sealMakerCertDer, ASN1ObjectIdentifier alg, byte[] signatureDer) {
        try {
            return fromDer(Der.sequenceOf(sealInfoDer, new DEROctetString(sealMakerCertDer).getEncoded("DER"),
                    alg.getEncoded("DER"), new org.bouncycastle.asn1.DERBitString(signatureDer).getEncoded("DER")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SesVersion version() {
        return version;
    }

    /** The seal as received or made (a copy). */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The original DER of SES_SealInfo (a copy). */
    public byte[] sealInfoEncoded() {
        return sealInfoEncoded.clone();
    }

    /**
     * The bytes the seal maker signed. v4: DER(SES_SealInfo) as received. v1: GM/T 0031 is read here as
     * signing {@code SEQUENCE { esealInfo, cert, signatureAlgorithm }}; some v1 products sign
     * {@code esealInfo} alone, so for v1 both candidates are returned, the first preferred.
     */
    public List<byte[]> sealMakerSignedDataCandidates() {
        if (version == SesVersion.V4) {
            return List.of(sealInfoEncoded.clone());
        }
        try {
            byte[] spliced = Der.sequenceOf(sealInfoEncoded, new DEROctetString(sealMakerCertificate).getEncoded("DER"),
                    signatureAlgorithm.getEncoded("DER"));
            return List.of(spliced, sealInfoEncoded.clone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SES_Header.version (4 for GB/T 38540 seals). */
    public int headerVersion() {
        return headerVersion;
    }

    /** SES_Header.Vid: the vendor id of the product that made the seal. */
    public String vendorId() {
        return vendorId;
    }

    /** esID: the seal's identifier. */
    public String esId() {
        return esId;
    }

    /** SES_ESPropertyInfo.type (see {@link SealType}). */
    public int type() {
        return type;
    }

    /** SES_ESPropertyInfo.name: the seal's name. */
    public String name() {
        return name;
    }

    /** 1 (certificates) or 2 (digests). v1 seals always list certificates. */
    public int certListType() {
        return certListType;
    }

    /** DER certificates the seal allows to sign (certListType 1), copies. */
    public List<byte[]> allowedCertificates() {
        return certificates.stream().map(byte[]::clone).toList();
    }

    /** Certificate digests the seal allows (certListType 2). */
    public List<CertDigest> allowedCertificateDigests() {
        return certificateDigests;
    }

    public Instant createDate() {
        return createDate;
    }

    public Instant validStart() {
        return validStart;
    }

    public Instant validEnd() {
        return validEnd;
    }

    /** True if {@code validStart <= at <= validEnd}. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(validStart) && !at.isAfter(validEnd);
    }

    public SealPicture picture() {
        return picture;
    }

    /** The seal maker's certificate as DER (a copy). */
    public byte[] sealMakerCertificateDer() {
        return sealMakerCertificate.clone();
    }

    /** The seal maker's certificate, parsed. */
    public Sm2Certificate sealMakerCertificate() {
        return Sm2Certificate.fromDer(sealMakerCertificate);
    }

    public ASN1ObjectIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The seal maker's signature value: contents of the BIT STRING (DER SEQUENCE{r,s} in v4). */
    public byte[] signedValue() {
        return signedValue.clone();
    }

    /**
     * Whether the seal lists {@code signerCertificateDer}: exact DER match for certListType 1; for
     * certListType 2 the digest named by each entry (SM3, SHA-1 or SHA-256) over the DER. Empty if a
     * digest type is unknown and no other entry matched.
     */
    public Optional<Boolean> allows(byte[] signerCertificateDer) {
        if (certListType == CERT_LIST_CERTIFICATES) {
            return Optional.of(certificates.stream().anyMatch(c -> MessageDigest.isEqual(c, signerCertificateDer)));
        }
        boolean unknown = false;
        for (CertDigest d : certificateDigests) {
            byte[] actual = digest(d.type(), signerCertificateDer);
            if (actual == null) {
                unknown = true;
            } else if (MessageDigest.isEqual(actual, d.value())) {
                return Optional.of(true);
            }
        }
        return unknown ? Optional.empty() : Optional.of(false);
    }

    private static byte[] digest(String type, byte[] data) {
        String t = type.toUpperCase(Locale.ROOT).replace("-", "");
        try {
            return switch (t) {
                case "SM3", "1.2.156.10197.1.401" -> Sm3Digest.of(data).bytes();
                case "SHA1", "1.3.14.3.2.26" -> MessageDigest.getInstance("SHA-1").digest(data);
                case "SHA256", "2.16.840.1.101.3.4.2.1" -> MessageDigest.getInstance("SHA-256").digest(data);
                default -> null;
            };
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "SesSeal[" + version + ", vendor " + vendorId + ", esID " + esId + ", '" + name + "', valid "
                + validStart + " to " + validEnd + "]";
    }
}
