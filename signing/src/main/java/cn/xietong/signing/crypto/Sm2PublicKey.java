package cn.xietong.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/**
 * An SM2 public key: a point on sm2p256v1, validated on construction. Equal by value.
 * Encodings: the 65-byte uncompressed point {@code 04||x||y}, X.509 SubjectPublicKeyInfo
 * (id-ecPublicKey with the sm2p256v1 curve OID) as DER or PEM.
 */
public final class Sm2PublicKey {

    private final ECPoint point;

    private Sm2PublicKey(ECPoint point) {
        this.point = point;
    }

    /** Wraps a point; it must be a valid, finite point of sm2p256v1. */
    public static Sm2PublicKey of(ECPoint point) {
        try {
            ECPoint p = Sm2.DOMAIN.validatePublicPoint(point).normalize();
            return new Sm2PublicKey(p);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(Code.INVALID_KEY, "not a valid SM2 public key point: " + e.getMessage(), e);
        }
    }

    /** Decodes an uncompressed ({@code 04||x||y}, 65 bytes) or compressed (33 bytes) point. */
    public static Sm2PublicKey fromEncodedPoint(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length != 65 && encoded.length != 33) {
            throw new MalformedInputException(Code.INVALID_KEY,
                    "an SM2 public key point has 65 (uncompressed) or 33 (compressed) bytes, not " + encoded.length);
        }
        try {
            return of(Sm2.DOMAIN.getCurve().decodePoint(encoded));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(Code.INVALID_KEY, "not a valid SM2 public key point: " + e.getMessage(), e);
        }
    }

    /** Decodes from the affine coordinates given as 64 hex digits each. */
    public static Sm2PublicKey fromHex(String x, String y) {
        return fromEncodedPoint(HexFormat.of().parseHex("04" + x + y));
    }

    /**
     * Decodes an X.509 SubjectPublicKeyInfo. Accepts algorithm id-ecPublicKey with parameters
     * sm2p256v1 (the normal form), and also algorithm 1.2.156.10197.1.301 which some older GM
     * products write.
     */
    public static Sm2PublicKey fromSubjectPublicKeyInfo(SubjectPublicKeyInfo spki) {
        AlgorithmIdentifier alg = spki.getAlgorithm();
        ASN1ObjectIdentifier algOid = alg.getAlgorithm();
        boolean ok;
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algOid)) {
            ok = alg.getParameters() != null && Sm2.CURVE_OID.equals(alg.getParameters());
        } else {
            ok = Sm2.SM2_OID.equals(algOid);
        }
        if (!ok) {
            throw new MalformedInputException(Code.INVALID_KEY, "not an SM2 public key: algorithm " + algOid
                    + (alg.getParameters() == null ? "" : " with parameters " + alg.getParameters()));
        }
        return fromEncodedPoint(spki.getPublicKeyData().getOctets());
    }

    /** Decodes a DER SubjectPublicKeyInfo. */
    public static Sm2PublicKey fromSubjectPublicKeyInfo(byte[] der) {
        ASN1Primitive p = Der.read(der, "SM2 SubjectPublicKeyInfo", 4096);
        try {
            return fromSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(p));
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not a SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    /** The point (normalized). */
    public ECPoint point() {
        return point;
    }

    /** Bouncy Castle lightweight key parameters for this key. */
    public ECPublicKeyParameters parameters() {
        return new ECPublicKeyParameters(point, Sm2.DOMAIN);
    }

    /** The 65-byte uncompressed point {@code 04||x||y}. */
    public byte[] encodedPoint() {
        return point.getEncoded(false);
    }

    /** X.509 SubjectPublicKeyInfo: id-ecPublicKey, parameters sm2p256v1, uncompressed point. */
    public SubjectPublicKeyInfo subjectPublicKeyInfo() {
        return new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Sm2.CURVE_OID), encodedPoint());
    }

    /** DER of {@link #subjectPublicKeyInfo()}. */
    public byte[] subjectPublicKeyInfoDer() {
        try {
            return subjectPublicKeyInfo().getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PEM "PUBLIC KEY" (readable by OpenSSL 3). */
    public String toPem() {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(subjectPublicKeyInfoDer());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sm2PublicKey other && point.equals(other.point);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encodedPoint());
    }

    /** Hex of the uncompressed point. */
    @Override
    public String toString() {
        return "Sm2PublicKey[" + HexFormat.of().formatHex(encodedPoint()) + "]";
    }
}
