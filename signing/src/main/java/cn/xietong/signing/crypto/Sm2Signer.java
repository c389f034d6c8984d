package cn.xietong.signing.crypto;

/**
 * Something that holds an SM2 private key and signs with it: a key in this server
 * ({@link LocalSm2Signer}), a phone, a USB key or an HSM. Callers first build the bytes to sign
 * (a DER TBS structure), hand them to {@link #sign(byte[])}, and put the returned value into the
 * structure; the key never has to be in this process.
 *
 * <p>Contract: {@code sign(m)} returns an SM2 signature over {@code e = SM3(Z || m)} where Z is computed
 * from {@link #publicKey()} and {@link #userId()} (GM/T 0003.2, GM/T 0009). Implementations must be
 * safe for use by one thread at a time at least; {@link LocalSm2Signer} is thread-safe.
 */
public interface Sm2Signer {

    /** Signs {@code dataToSign} (the message M, not a digest). */
    Sm2Signature sign(byte[] dataToSign);

    /** The public key matching the signing key. */
    Sm2PublicKey publicKey();

    /** The user ID used in Z; by default 1234567812345678 (GM/T 0009). */
    default byte[] userId() {
        return Sm2.defaultUserId();
    }
}
