package cn.xietong.signing.crypto;

import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;

import cn.xietong.signing.SigningException;
import cn.xietong.signing.SigningException.Code;

/** An {@link Sm2Signer} over a private key held in this process (Bouncy Castle's SM2Signer, random k). */
public final class LocalSm2Signer implements Sm2Signer {

    private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();

    private final Sm2PrivateKey key;
    private final byte[] userId;
    private final SecureRandom random;

    /** Default user ID 1234567812345678, system randomness. */
    public LocalSm2Signer(Sm2PrivateKey key) {
        this(key, Sm2.DEFAULT_USER_ID_BYTES, DEFAULT_RANDOM);
    }

    /**
     * @param userId the signer ID for Z
     * @param random the source of the per-signature nonce k; must be a strong SecureRandom in production
     *               (known-answer tests pass one that yields a fixed k)
     */
    public LocalSm2Signer(Sm2PrivateKey key, byte[] userId, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.userId = Objects.requireNonNull(userId, "userId").clone();
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Sm2Signature sign(byte[] dataToSign) {
        Objects.requireNonNull(dataToSign, "dataToSign");
        SM2Signer s = new SM2Signer(PlainDSAEncoding.INSTANCE);
        s.init(true, new ParametersWithID(new ParametersWithRandom(key.parameters(), random), userId));
        s.update(dataToSign, 0, dataToSign.length);
        try {
            return Sm2Signature.fromRaw(s.generateSignature());
        } catch (CryptoException e) {
            throw new SigningException(Code.SIGNING_FAILED, "SM2 signing failed: " + e.getMessage(), e);
        }
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
