package cn.xietong.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/**
 * An SM2 signature value (r, s), each in [1, n-1]. Two encodings: DER {@code SEQUENCE { r INTEGER,
 * s INTEGER }} (GM/T 0009, used in X.509, CMS and GB/T 38540) and raw {@code r||s}, 64 bytes,
 * each half big-endian and left-padded (used by some devices and by GM/T 0031 v1 seals).
 */
public record Sm2Signature(BigInteger r, BigInteger s) {

    public Sm2Signature {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        BigInteger n = Sm2.DOMAIN.getN();
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "an SM2 signature needs r and s in [1, n-1]");
        }
    }

    /** Strictly decodes DER {@code SEQUENCE { r, s }} (no trailing bytes, exactly two INTEGERs). */
    public static Sm2Signature fromDer(byte[] der) {
        ASN1Sequence seq = Der.readSequence(der, "SM2 signature");
        if (seq.size() != 2 || !(seq.getObjectAt(0) instanceof ASN1Integer r)
                || !(seq.getObjectAt(1) instanceof ASN1Integer s)) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    "an SM2 signature is SEQUENCE { r INTEGER, s INTEGER }");
        }
        return new Sm2Signature(r.getValue(), s.getValue());
    }

    /** Decodes raw {@code r||s} (exactly 64 bytes). */
    public static Sm2Signature fromRaw(byte[] raw) {
        if (raw == null || raw.length != 64) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    "a raw SM2 signature has 64 bytes (r||s), not " + (raw == null ? 0 : raw.length));
        }
        return new Sm2Signature(new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, 32)),
                new BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64)));
    }

    /**
     * Decodes either form: 64 bytes that do not start a valid DER SEQUENCE are raw r||s,
     * everything else must be DER.
     */
    public static Sm2Signature fromDerOrRaw(byte[] bytes) {
        if (bytes != null && bytes.length == 64 && bytes[0] != 0x30) {
            return fromRaw(bytes);
        }
        try {
            return fromDer(bytes);
        } catch (MalformedInputException e) {
            if (bytes != null && bytes.length == 64) {
                return fromRaw(bytes);
            }
            throw e;
        }
    }

    /** DER {@code SEQUENCE { r, s }}. */
    public byte[] toDer() {
        ASN1EncodableVector v = new ASN1EncodableVector(2);
        v.add(new ASN1Integer(r));
        v.add(new ASN1Integer(s));
        try {
            return new DERSequence(v).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raw {@code r||s}, 64 bytes. */
    public byte[] toRaw() {
        byte[] out = new byte[64];
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, r), 0, out, 0, 32);
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, s), 0, out, 32, 32);
        return out;
    }

    @Override
    public String toString() {
        return "Sm2Signature[r=" + HexFormat.of().formatHex(BigIntegers.asUnsignedByteArray(32, r))
                + ", s=" + HexFormat.of().formatHex(BigIntegers.asUnsignedByteArray(32, s)) + "]";
    }
}
