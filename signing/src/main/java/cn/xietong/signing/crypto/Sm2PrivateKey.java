package cn.xietong.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/**
 * An SM2 private key d in [1, n-2]. Encoded as PKCS#8 PrivateKeyInfo (id-ecPublicKey, sm2p256v1,
 * RFC 5915 ECPrivateKey with the public key). {@link #toString()} never shows the key.
 * Store it only through {@code cn.xietong.signing.ca.EncryptedKeyStore}.
 */
public final class Sm2PrivateKey {

    private final BigInteger d;
    private final Sm2PublicKey publicKey;

    private Sm2PrivateKey(BigInteger d) {
        BigInteger n = Sm2.DOMAIN.getN();
        if (d.signum() <= 0 || d.compareTo(n.subtract(BigInteger.ONE)) >= 0) {
            throw new MalformedInputException(Code.INVALID_KEY, "an SM2 private key must lie in [1, n-2]");
        }
        this.d = d;
        this.publicKey = Sm2PublicKey.of(new FixedPointCombMultiplier().multiply(Sm2.DOMAIN.getG(), d));
    }

    /** From the scalar d. */
    public static Sm2PrivateKey of(BigInteger d) {
        return new Sm2PrivateKey(Objects.requireNonNull(d, "d"));
    }

    /** From 64 hex digits. */
    public static Sm2PrivateKey fromHex(String hex) {
        return new Sm2PrivateKey(new BigInteger(1, HexFormat.of().parseHex(hex)));
    }

    /** Decodes a DER PKCS#8 PrivateKeyInfo holding an SM2 key. */
    public static Sm2PrivateKey fromPkcs8(byte[] der) {
        ASN1Primitive p = Der.read(der, "SM2 PKCS#8 private key", 4096);
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(p);
            AlgorithmIdentifier alg = info.getPrivateKeyAlgorithm();
            boolean sm2 = X9ObjectIdentifiers.id_ecPublicKey.equals(alg.getAlgorithm())
                    ? Sm2.CURVE_OID.equals(alg.getParameters())
                    : Sm2.SM2_OID.equals(alg.getAlgorithm());
            if (!sm2) {
                throw new MalformedInputException(Code.INVALID_KEY, "not an SM2 private key: algorithm "
                        + alg.getAlgorithm() + " parameters " + alg.getParameters());
            }
            ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
            return new Sm2PrivateKey(ec.getKey());
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not a PKCS#8 SM2 private key: " + e.getMessage(), e);
        }
    }

    /** The public key Q = dG. */
    public Sm2PublicKey publicKey() {
        return publicKey;
    }

    /** Bouncy Castle lightweight parameters. */
    public ECPrivateKeyParameters parameters() {
        return new ECPrivateKeyParameters(d, Sm2.DOMAIN);
    }

    /** DER PKCS#8 PrivateKeyInfo. The caller owns (and should wipe) the returned array. */
    public byte[] toPkcs8() {
        AlgorithmIdentifier alg = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Sm2.CURVE_OID);
        ECPrivateKey ec = new ECPrivateKey(256, d,
                new org.bouncycastle.asn1.DERBitString(publicKey.encodedPoint()), null);
        try {
            return new PrivateKeyInfo(alg, ec).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Sm2PrivateKey[public=" + publicKey + "]";
    }
}
