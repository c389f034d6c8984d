package cn.xietong.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1BitString;
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
 * An SM2 private key d in [1, n-2] together with its public key Q = dG. Encoded as PKCS#8 PrivateKeyInfo
 * (id-ecPublicKey, sm2p256v1, RFC 5915 ECPrivateKey with the public key). {@link #toString()} never shows
 * the key. Store it only through {@code cn.xietong.signing.ca.EncryptedKeyStore}.
 *
 * <p>Q is either computed from d ({@link #of(BigInteger)}, {@link #fromHex(String)}, a PKCS#8 without a
 * public key: one fixed-base point multiplication, about as costly as a signature) or taken as given
 * ({@link #withKnownPublicKey}, a PKCS#8 that carries it: only an on-curve check). A Q given with d is
 * <em>trusted</em> to be dG: no check much cheaper than computing dG exists. Code relies on it: a
 * {@link LocalSm2Signer} computes Z from Q, and the sealers do not verify a local signer's signature
 * once its Q matches the certificate. A d with someone else's Q would therefore yield seals that do not
 * verify. Keys from outside the platform should be checked once with {@link #checkPublicKey()}.
 */
public final class Sm2PrivateKey {

    private final BigInteger d;
    private final Sm2PublicKey publicKey;

    private Sm2PrivateKey(BigInteger d, Sm2PublicKey publicKey) {
        this.d = d;
        this.publicKey = publicKey;
    }

    /** From the scalar d; computes Q = dG. */
    public static Sm2PrivateKey of(BigInteger d) {
        checkRange(Objects.requireNonNull(d, "d"));
        return new Sm2PrivateKey(d, publicKeyOf(d));
    }

    /**
     * From the scalar d and its public key, without computing dG (the point must be valid, which
     * {@link Sm2PublicKey} ensures). The caller vouches that {@code publicKey} is dG: use this only
     * for a pair that came out of this class (for instance through an authenticated key store), or
     * call {@link #checkPublicKey()} on the result.
     */
    public static Sm2PrivateKey withKnownPublicKey(BigInteger d, Sm2PublicKey publicKey) {
        checkRange(Objects.requireNonNull(d, "d"));
        return new Sm2PrivateKey(d, Objects.requireNonNull(publicKey, "publicKey"));
    }

    /** From 64 hex digits; computes Q = dG. */
    public static Sm2PrivateKey fromHex(String hex) {
        return of(new BigInteger(1, HexFormat.of().parseHex(hex)));
    }

    /**
     * Decodes a DER PKCS#8 PrivateKeyInfo holding an SM2 key.
     *
     * <p>If the RFC 5915 ECPrivateKey carries the public key (as {@link #toPkcs8()} always writes it),
     * that point is decoded and checked to lie on the curve, and is used as Q without computing dG;
     * otherwise Q is computed. Trust assumption: the PKCS#8 comes from the platform's own key store,
     * whose AES-GCM authentication guarantees it is the one {@link #toPkcs8()} wrote, for a key whose Q
     * was computed from d when it was generated. For a PKCS#8 from elsewhere, call
     * {@link #checkPublicKey()} on the result.
     *
     * @throws MalformedInputException {@code MALFORMED_ENCODING} if the bytes are not a PKCS#8 EC key,
     *         {@code INVALID_KEY} if it is not an SM2 key, d is out of range or the embedded public
     *         key is not a valid point of sm2p256v1
     */
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
            BigInteger d = ec.getKey();
            ASN1BitString embedded = ec.getPublicKey();
            if (embedded == null) {
                return of(d);
            }
            if (embedded.getPadBits() != 0) {
                throw new MalformedInputException(Code.INVALID_KEY,
                        "the public key in the SM2 private key is not a whole number of bytes");
            }
            return withKnownPublicKey(d, Sm2PublicKey.fromEncodedPoint(embedded.getOctets()));
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, "not a PKCS#8 SM2 private key: " + e.getMessage(), e);
        }
    }

    /** The public key Q = dG. */
    public Sm2PublicKey publicKey() {
        return publicKey;
    }

    /**
     * Checks that the public key is dG (one point multiplication): for keys whose public key was given
     * rather than computed and that do not come from the platform's key store.
     *
     * @return this key
     * @throws MalformedInputException {@code INVALID_KEY} if the public key does not belong to d
     */
    public Sm2PrivateKey checkPublicKey() {
        if (!publicKeyOf(d).equals(publicKey)) {
            throw new MalformedInputException(Code.INVALID_KEY, "the public key given with the SM2 private key is not dG");
        }
        return this;
    }

    /** The scalar d, for the signer in this package. */
    BigInteger d() {
        return d;
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

    private static void checkRange(BigInteger d) {
        BigInteger n = Sm2.DOMAIN.getN();
        if (d.signum() <= 0 || d.compareTo(n.subtract(BigInteger.ONE)) >= 0) {
            throw new MalformedInputException(Code.INVALID_KEY, "an SM2 private key must lie in [1, n-2]");
        }
    }

    private static Sm2PublicKey publicKeyOf(BigInteger d) {
        return Sm2PublicKey.of(new FixedPointCombMultiplier().multiply(Sm2.DOMAIN.getG(), d));
    }

    @Override
    public String toString() {
        return "Sm2PrivateKey[public=" + publicKey + "]";
    }
}
