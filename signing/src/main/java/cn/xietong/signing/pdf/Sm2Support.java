package cn.xietong.signing.pdf;

import org.bouncycastle.cert.X509CertificateHolder;

import cn.xietong.signing.SigningException;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.crypto.Sm3Digest;

/** The few SM2/SM3 calls this package makes, on top of the crypto package, tolerant of bad input. */
final class Sm2Support {

    private Sm2Support() {
    }

    static byte[] sm3(byte[] data) {
        return Sm3Digest.of(data).bytes();
    }

    /** Whether the DER (or raw r||s) {@code signature} verifies over {@code data} with {@code key}; false for garbage. */
    static boolean verify(Sm2PublicKey key, byte[] data, byte[] signature) {
        try {
            return Sm2Verifier.verify(key, data, Sm2Signature.fromDerOrRaw(signature));
        } catch (SigningException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The certificate as the ca package sees it, or null if it is not an SM2 certificate we can read. */
    static Sm2Certificate certificate(X509CertificateHolder holder) {
        try {
            return Sm2Certificate.fromDer(holder.getEncoded());
        } catch (Exception e) {
            return null;
        }
    }
}
