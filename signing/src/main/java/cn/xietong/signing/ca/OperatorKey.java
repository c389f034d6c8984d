package cn.xietong.signing.ca;

import java.util.Arrays;
import java.util.Objects;

/**
 * The secret the operator supplies to open the key store: either 32 random bytes (used directly as the
 * AES-256 key-encryption key) or a passphrase (stretched by PBKDF2-HMAC-SHA256 with the per-entry salt).
 * {@link #destroy()} wipes it. {@link #toString()} never shows it.
 */
public final class OperatorKey {

    /** Default PBKDF2 iteration count for passphrase keys. */
    public static final int DEFAULT_ITERATIONS = 310_000;
    /** Smallest PBKDF2 iteration count accepted when writing. */
    public static final int MIN_ITERATIONS = 10_000;

    private final byte[] raw;       // non-null for a raw key
    private final char[] passphrase; // non-null for a passphrase
    private final int iterations;

    private OperatorKey(byte[] raw, char[] passphrase, int iterations) {
        this.raw = raw;
        this.passphrase = passphrase;
        this.iterations = iterations;
    }

    /** A raw 32-byte key (copied). */
    public static OperatorKey ofBytes(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new IllegalArgumentException("an operator key has 32 bytes, not " + key.length);
        }
        return new OperatorKey(key.clone(), null, 0);
    }

    /** A passphrase (copied) with {@link #DEFAULT_ITERATIONS}. */
    public static OperatorKey fromPassphrase(char[] passphrase) {
        return fromPassphrase(passphrase, DEFAULT_ITERATIONS);
    }

    /** A passphrase (copied); {@code iterations} is used when writing entries (reading uses each entry's own). */
    public static OperatorKey fromPassphrase(char[] passphrase, int iterations) {
        Objects.requireNonNull(passphrase, "passphrase");
        if (passphrase.length < 8) {
            throw new IllegalArgumentException("an operator passphrase needs at least 8 characters");
        }
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations");
        }
        return new OperatorKey(null, passphrase.clone(), iterations);
    }

    boolean isPassphrase() {
        return passphrase != null;
    }

    byte[] raw() {
        return raw;
    }

    char[] passphrase() {
        return passphrase;
    }

    int iterations() {
        return iterations;
    }

    /** Overwrites the secret in memory. */
    public void destroy() {
        if (raw != null) {
            Arrays.fill(raw, (byte) 0);
        }
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public String toString() {
        return isPassphrase() ? "OperatorKey[passphrase]" : "OperatorKey[32 bytes]";
    }
}
