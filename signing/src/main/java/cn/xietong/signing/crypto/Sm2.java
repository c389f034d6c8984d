package cn.xietong.signing.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 constants and the two computations GM/T 0003.2 defines before signing: the user hash
 * {@code Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA)} and {@code e = SM3(Z || M)}.
 */
public final class Sm2 {

    /** The SM2 curve sm2p256v1, OID 1.2.156.10197.1.301. */
    public static final ASN1ObjectIdentifier CURVE_OID = GMObjectIdentifiers.sm2p256v1;
    /** SM3withSM2 signature algorithm, OID 1.2.156.10197.1.501. */
    public static final ASN1ObjectIdentifier SM3_WITH_SM2_OID = GMObjectIdentifiers.sm2sign_with_sm3;
    /** SM3 digest algorithm, OID 1.2.156.10197.1.401. */
    public static final ASN1ObjectIdentifier SM3_OID = GMObjectIdentifiers.sm3;
    /** SM2 "algorithm" OID 1.2.156.10197.1.301 as some GM/T structures name it (same arc as the curve). */
    public static final ASN1ObjectIdentifier SM2_OID = GMObjectIdentifiers.sm2p256v1;
    /** The default signer ID of GM/T 0009: the ASCII string 1234567812345678. */
    public static final byte[] DEFAULT_USER_ID_BYTES = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    /** BC's optimised implementation of sm2p256v1 (same parameters as GMNamedCurves, ~5x faster). */
    static final X9ECParameters X9 = CustomNamedCurves.getByOID(CURVE_OID);
    /** The sm2p256v1 domain parameters. */
    public static final ECDomainParameters DOMAIN =
            new ECDomainParameters(X9.getCurve(), X9.getG(), X9.getN(), X9.getH());

    private Sm2() {
    }

    /** The default user ID (a fresh copy). */
    public static byte[] defaultUserId() {
        return DEFAULT_USER_ID_BYTES.clone();
    }

    /**
     * The user hash Z of GM/T 0003.2 section 5.5 for a public key and a user ID.
     *
     * @param userId at most 8191 bytes (ENTL is a 16-bit bit count)
     */
    public static byte[] z(Sm2PublicKey publicKey, byte[] userId) {
        if (userId.length > 8191) {
            throw new IllegalArgumentException("an SM2 user ID has at most 8191 bytes");
        }
        SM3Digest d = new SM3Digest();
        int bits = userId.length * 8;
        d.update((byte) (bits >>> 8));
        d.update((byte) bits);
        d.update(userId, 0, userId.length);
        update(d, DOMAIN.getCurve().getA().toBigInteger());
        update(d, DOMAIN.getCurve().getB().toBigInteger());
        ECPoint g = DOMAIN.getG().normalize();
        update(d, g.getAffineXCoord().toBigInteger());
        update(d, g.getAffineYCoord().toBigInteger());
        ECPoint p = publicKey.point();
        update(d, p.getAffineXCoord().toBigInteger());
        update(d, p.getAffineYCoord().toBigInteger());
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** {@code e = SM3(Z || M)}: the digest actually signed for message M. */
    public static Sm3Digest e(Sm2PublicKey publicKey, byte[] userId, byte[] message) {
        return Sm3Digest.fromBytes(e(z(publicKey, userId), message));
    }

    /** {@code e = SM3(Z || M)} for a Z computed beforehand (a signer computes Z once for its key and ID). */
    static byte[] e(byte[] z, byte[] message) {
        SM3Digest d = new SM3Digest();
        d.update(z, 0, z.length);
        d.update(message, 0, message.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    private static void update(SM3Digest d, BigInteger v) {
        byte[] b = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, v);
        d.update(b, 0, b.length);
    }
}
