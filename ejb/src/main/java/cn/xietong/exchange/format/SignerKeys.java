package cn.xietong.exchange.format;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2PublicKey;

/**
 * The public keys of recently seen signer certificates, by certificate (equal DER, equal key). Keeping
 * the key object lets Bouncy Castle keep its precomputed multiples of the point, which makes each further
 * SM2 verification with that key about twice as fast. Bounded: emptied when full.
 */
final class SignerKeys {

    private static final int MAX = 1024;
    private static final Map<Sm2Certificate, Sm2PublicKey> KEYS = new ConcurrentHashMap<>();

    private SignerKeys() {
    }

    /** The certificate's key; throws as {@link Sm2Certificate#publicKey()} does for a key that is not SM2. */
    static Sm2PublicKey of(Sm2Certificate certificate) {
        Sm2PublicKey key = KEYS.get(certificate);
        if (key == null) {
            key = certificate.publicKey();
            if (KEYS.size() >= MAX) {
                KEYS.clear();
            }
            KEYS.put(certificate, key);
        }
        return key;
    }
}
