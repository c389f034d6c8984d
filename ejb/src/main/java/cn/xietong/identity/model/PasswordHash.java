package cn.xietong.identity.model;

import cn.xietong.shared.DomainException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A slow, salted password hash: PBKDF2-HMAC-SHA256, 600,000 iterations, 16-byte random salt,
 * 32-byte key. Stored as {@code pbkdf2-sha256$iterations$salt$key} (Base64), so the cost can be
 * raised later without breaking existing hashes.
 */
public final class PasswordHash {

    static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MIN_LENGTH = 8;

    private final String encoded;

    private PasswordHash(String encoded) {
        this.encoded = encoded;
    }

    /** Hashes a new password after checking it is acceptable. */
    public static PasswordHash of(String password) {
        requireAcceptable(password);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(ALGORITHM + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key));
    }

    public static PasswordHash fromStored(String encoded) {
        return new PasswordHash(encoded);
    }

    /** Constant-time check of a password against this hash. */
    public boolean matches(String password) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || password == null) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    public String encoded() {
        return encoded;
    }

    /** Spends the same time as a real check, so unknown login names cannot be told apart by timing. */
    public static void spendEquivalentTime(String password) {
        derive(password == null ? "" : password, new byte[16], ITERATIONS);
    }

    static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw DomainException.invalid("identity.password.too-short", "密码至少需要" + MIN_LENGTH + "个字符。");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw DomainException.invalid("identity.password.too-simple", "密码须同时包含字母和数字。");
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + ALGORITHM + "]";
    }
}
