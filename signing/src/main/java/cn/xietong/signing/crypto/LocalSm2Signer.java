package cn.xietong.signing.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * An {@link Sm2Signer} over a private key held in this process, with a random nonce k per signature.
 *
 * <p>The GM/T 0003.2 signature is computed here from Bouncy Castle's curve arithmetic rather than with
 * its {@code SM2Signer}: that class derives the public key again (a full point multiplication) every
 * time it is initialised, only to compute Z. This signer computes Z and {@code (1 + d)^-1 mod n} once,
 * when it is built, so a signature costs one SM3 over {@code Z || M} and one fixed-base multiplication
 * kG. The nonce is drawn exactly as {@code SM2Signer} draws it with its default random k calculator
 * (256 bits from {@link SecureRandom#nextBytes}, retried until {@code 0 < k < n}), so a given sequence
 * of random bytes gives the same signature with either implementation.
 *
 * <p>Immutable and thread-safe (as long as the SecureRandom is, which every JDK SecureRandom is).
 */
public final class LocalSm2Signer implements Sm2Signer {

    private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();
    /** Stateless; its precomputed multiples of G are cached on the curve and shared by all signers. */
    private static final ECMultiplier BASE_POINT_MULTIPLIER = new FixedPointCombMultiplier();
    private static final BigInteger N = Sm2.DOMAIN.getN();
    private static final ECPoint G = Sm2.DOMAIN.getG();

    private final Sm2PrivateKey key;
    private final byte[] userId;
    private final SecureRandom random;
    /** Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA) for this key and user ID. */
    private final byte[] z;
    /** (1 + d)^-1 mod n; d lies in [1, n-2], so 1 + d is in [2, n-1] and invertible modulo the prime n. */
    private final BigInteger inverseOfOnePlusD;

    /** Default user ID 1234567812345678, system randomness. */
    public LocalSm2Signer(Sm2PrivateKey key) {
        this(key, Sm2.DEFAULT_USER_ID_BYTES, DEFAULT_RANDOM);
    }

    /**
     * @param userId the signer ID for Z, at most 8191 bytes
     * @param random the source of the per-signature nonce k; must be a strong SecureRandom in production
     *               (known-answer tests pass one that yields a fixed k)
     * @throws IllegalArgumentException if the user ID is longer than 8191 bytes
     */
    public LocalSm2Signer(Sm2PrivateKey key, byte[] userId, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.userId = Objects.requireNonNull(userId, "userId").clone();
        this.random = Objects.requireNonNull(random, "random");
        this.z = Sm2.z(key.publicKey(), this.userId);
        this.inverseOfOnePlusD = BigIntegers.modOddInverse(N, key.d().add(BigInteger.ONE));
    }

    @Override
    public Sm2Signature sign(byte[] dataToSign) {
        Objects.requireNonNull(dataToSign, "dataToSign");
        BigInteger e = new BigInteger(1, Sm2.e(z, dataToSign));
        BigInteger d = key.d();
        while (true) {
            BigInteger k = nextK();
            ECPoint kg = BASE_POINT_MULTIPLIER.multiply(G, k).normalize();
            BigInteger r = e.add(kg.getAffineXCoord().toBigInteger()).mod(N);
            if (r.signum() == 0 || r.add(k).equals(N)) {
                continue; // GM/T 0003.2 step A5: this k is unusable, take another
            }
            BigInteger s = inverseOfOnePlusD.multiply(k.subtract(r.multiply(d))).mod(N);
            if (s.signum() == 0) {
                continue; // step A6
            }
            return new Sm2Signature(r, s);
        }
    }

    /** A uniform k in [1, n-1]: n's bit length of random bits, drawn again while outside that range. */
    private BigInteger nextK() {
        BigInteger k;
        do {
            k = BigIntegers.createRandomBigInteger(N.bitLength(), random);
        } while (k.signum() == 0 || k.compareTo(N) >= 0);
        return k;
    }

    @Override
    public Sm2PublicKey publicKey() {
        return key.publicKey();
    }

    @Override
    public byte[] userId() {
        return userId.clone();
    }
}
