package cn.xietong.identity.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret a client holds after signing in: 32 random bytes, URL-safe Base64. */
public record SessionToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SessionToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What the database keeps: the SHA-256 of the token, hex. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string could be a token at all (cheap check before touching the database). */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() == 43
                && candidate.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    @Override
    public String toString() {
        return "SessionToken[***]";
    }
}
