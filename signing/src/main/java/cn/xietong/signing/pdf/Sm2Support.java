package cn.xietong.signing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/** The SM2/SM3 operations this package needs, in one place. */
final class Sm2Support {

    static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private Sm2Support() {
    }

    static byte[] sm3(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** Whether {@code signature} (DER r,s) is a valid SM3withSM2 signature of {@code data} by {@code key}. */
    static boolean verify(SubjectPublicKeyInfo key, byte[] data, byte[] signature) {
        try {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ParametersWithID(PublicKeyFactory.createKey(key), USER_ID));
            verifier.update(data, 0, data.length);
            return verifier.verifySignature(signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
