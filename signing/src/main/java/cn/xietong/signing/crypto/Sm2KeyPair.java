package cn.xietong.signing.crypto;

import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** An SM2 key pair. */
public record Sm2KeyPair(Sm2PrivateKey privateKey, Sm2PublicKey publicKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public Sm2KeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!privateKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("the public key does not belong to the private key");
        }
    }

    /** A fresh key pair on sm2p256v1 from a system SecureRandom. */
    public static Sm2KeyPair generate() {
        return generate(RANDOM);
    }

    /** A fresh key pair on sm2p256v1 from the given randomness. */
    public static Sm2KeyPair generate(SecureRandom random) {
        ECKeyPairGenerator g = new ECKeyPairGenerator();
        g.init(new ECKeyGenerationParameters(Sm2.DOMAIN, random));
        AsymmetricCipherKeyPair kp = g.generateKeyPair();
        return of(Sm2PrivateKey.of(((ECPrivateKeyParameters) kp.getPrivate()).getD()));
    }

    /** The pair of a private key and its public key. */
    public static Sm2KeyPair of(Sm2PrivateKey privateKey) {
        return new Sm2KeyPair(privateKey, privateKey.publicKey());
    }

    /** A signer for this key with the default user ID. */
    public LocalSm2Signer signer() {
        return new LocalSm2Signer(privateKey);
    }
}
