package cn.xietong.signing.seal;

import cn.xietong.signing.ca.Sm2Certificate;

/**
 * The first step of sealing: everything checked and the DER {@code TBS_Sign} built. Hand
 * {@link #dataToSign()} to the signer wherever its key lives, then give the value to
 * {@link DocumentSealer#complete}.
 */
public final class PreparedSignature {

    private final byte[] tbs;
    private final Sm2Certificate signer;
    private final SesSeal seal;

    PreparedSignature(byte[] tbs, Sm2Certificate signer, SesSeal seal) {
        this.tbs = tbs;
        this.signer = signer;
        this.seal = seal;
    }

    /** DER(TBS_Sign): the bytes to sign with SM2/SM3 and user ID 1234567812345678 (a copy). */
    public byte[] dataToSign() {
        return tbs.clone();
    }

    /** The signer's certificate. */
    public Sm2Certificate signerCertificate() {
        return signer;
    }

    /** The seal being applied. */
    public SesSeal seal() {
        return seal;
    }
}
