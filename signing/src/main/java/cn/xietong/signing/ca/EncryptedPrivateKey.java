package cn.xietong.signing.ca;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import cn.xietong.signing.OperatorKeyException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Sm2PrivateKey;

/**
 * The at-rest format of one private key: AES-256-GCM over the PKCS#8 DER, under a key-encryption key
 * (KEK) from the {@link OperatorKey}. Layout (all integers big-endian):
 *
 * <pre>
 * offset len  field
 *  0      4   magic "XTKS"
 *  4      1   format version = 1
 *  5      1   KDF: 0 = the operator's 32-byte key is the KEK; 1 = PBKDF2-HMAC-SHA256(passphrase UTF-8, salt, iterations, 32 bytes)
 *  6      4   PBKDF2 iterations (0 for KDF 0)
 * 10     16   salt (random; unused for KDF 0)
 * 26      8   key check value: first 8 bytes of HMAC-SHA256(KEK, "Xietong key store check v1")
 * 34     12   GCM nonce (random)
 * 46      n   AES-256-GCM ciphertext of the PKCS#8 DER, followed by the 16-byte tag
 * AAD = bytes 0..45 followed by the entry alias in UTF-8 (binds the entry to its name)
 * </pre>
 *
 * The key check value lets a wrong operator key be told apart from a damaged entry.
 */
public final class EncryptedPrivateKey {

    static final byte[] MAGIC = {'X', 'T', 'K', 'S'};
    static final int VERSION = 1;
    static final int HEADER = 46;
    private static final byte[] CHECK_LABEL = "Xietong key store check v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedPrivateKey() {
    }

    /** Encrypts {@code key} for entry {@code alias}. */
    public static byte[] encrypt(Sm2PrivateKey key, OperatorKey operatorKey, String alias) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        int kdf = operatorKey.isPassphrase() ? 1 : 0;
        int iterations = operatorKey.isPassphrase() ? operatorKey.iterations() : 0;
        byte[] kek = kek(operatorKey, kdf, salt, iterations);
        byte[] pkcs8 = key.toPkcs8();
        try {
            ByteBuffer h = ByteBuffer.allocate(HEADER);
            h.put(MAGIC).put((byte) VERSION).put((byte) kdf).putInt(iterations).put(salt).put(checkValue(kek)).put(nonce);
            byte[] header = h.array();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(header, alias));
            byte[] ct = c.doFinal(pkcs8);
            byte[] out = Arrays.copyOf(header, HEADER + ct.length);
            System.arraycopy(ct, 0, out, HEADER, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * Decrypts an entry.
     *
     * @throws OperatorKeyException WRONG_OPERATOR_KEY if the key does not open it, KEY_STORE_CORRUPT if the
     *                              bytes are damaged or of an unknown format
     */
    public static Sm2PrivateKey decrypt(byte[] blob, OperatorKey operatorKey, String alias) {
        if (blob.length < HEADER + 16 || !Arrays.equals(Arrays.copyOf(blob, 4), MAGIC)) {
            throw new OperatorKeyException(Code.KEY_STORE_CORRUPT,
                    "key store entry '" + alias + "' is not in the Xietong encrypted key format (bad magic or too short)");
        }
        ByteBuffer b = ByteBuffer.wrap(blob);
        b.position(4);
        int version = b.get() & 0xff;
        int kdf = b.get() & 0xff;
        int iterations = b.getInt();
        if (version != VERSION) {
            throw new OperatorKeyException(Code.KEY_STORE_CORRUPT,
                    "key store entry '" + alias + "' has format version " + version + "; this build reads version 1");
        }
        if (kdf > 1 || (kdf == 1 && (iterations < OperatorKey.MIN_ITERATIONS || iterations > 10_000_000))) {
            throw new OperatorKeyException(Code.KEY_STORE_CORRUPT,
                    "key store entry '" + alias + "' has an unknown key derivation (" + kdf + ", " + iterations + ")");
        }
        if ((kdf == 1) != operatorKey.isPassphrase()) {
            throw new OperatorKeyException(Code.WRONG_OPERATOR_KEY, "key store entry '" + alias + "' was sealed with "
                    + (kdf == 1 ? "a passphrase" : "a raw 32-byte operator key") + " but "
                    + (operatorKey.isPassphrase() ? "a passphrase" : "a raw 32-byte key") + " was given");
        }
        byte[] salt = Arrays.copyOfRange(blob, 10, 26);
        byte[] check = Arrays.copyOfRange(blob, 26, 34);
        byte[] nonce = Arrays.copyOfRange(blob, 34, 46);
        byte[] kek = kek(operatorKey, kdf, salt, iterations);
        byte[] pkcs8 = null;
        try {
            if (!MessageDigest.isEqual(check, checkValue(kek))) {
                throw new OperatorKeyException(Code.WRONG_OPERATOR_KEY, "the operator key does not open key store entry '"
                        + alias + "': it is not the key the entry was encrypted with");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(Arrays.copyOf(blob, HEADER), alias));
            pkcs8 = c.doFinal(blob, HEADER, blob.length - HEADER);
            return Sm2PrivateKey.fromPkcs8(pkcs8);
        } catch (AEADBadTagException e) {
            throw new OperatorKeyException(Code.KEY_STORE_CORRUPT, "key store entry '" + alias
                    + "' fails its integrity check: the file was altered or belongs to another alias", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private static byte[] aad(byte[] header, String alias) {
        byte[] a = alias.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(header, header.length + a.length);
        System.arraycopy(a, 0, out, header.length, a.length);
        return out;
    }

    private static byte[] kek(OperatorKey k, int kdf, byte[] salt, int iterations) {
        if (kdf == 0) {
            return k.raw().clone();
        }
        try {
            // PBEKeySpec takes chars; the JDK's PBKDF2WithHmacSHA256 encodes them as UTF-8.
            PBEKeySpec spec = new PBEKeySpec(k.passphrase(), salt, iterations, 256);
            byte[] out = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private static byte[] checkValue(byte[] kek) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(kek, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(CHECK_LABEL), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
