package cn.xietong.signing.crypto;

import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;

/** Verifies SM2 signatures (SM3 with Z, GM/T 0003.2). Stateless and thread-safe. */
public final class Sm2Verifier {

    private Sm2Verifier() {
    }

    /** True if {@code signature} is valid over {@code message} for {@code key} with the default user ID. */
    public static boolean verify(Sm2PublicKey key, byte[] message, Sm2Signature signature) {
        return verify(key, Sm2.DEFAULT_USER_ID_BYTES, message, signature);
    }

    /** True if {@code signature} is valid over {@code message} for {@code key} and {@code userId}. */
    public static boolean verify(Sm2PublicKey key, byte[] userId, byte[] message, Sm2Signature signature) {
        SM2Signer v = new SM2Signer(PlainDSAEncoding.INSTANCE);
        v.init(false, new ParametersWithID(key.parameters(), userId));
        v.update(message, 0, message.length);
        return v.verifySignature(signature.toRaw());
    }
}
