package cn.xietong.signing.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * An SM3 digest value (GB/T 32905): 32 bytes, equal by value, {@link #toString()} is lower-case hex.
 * Immutable; the bytes are copied in and out.
 */
public final class Sm3Digest {

    /** Length of an SM3 digest in bytes. */
    public static final int LENGTH = 32;

    private final byte[] value;

    private Sm3Digest(byte[] value) {
        this.value = value;
    }

    /** SM3 of the given bytes. */
    public static Sm3Digest of(byte[] data) {
        Objects.requireNonNull(data, "data");
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[LENGTH];
        d.doFinal(out, 0);
        return new Sm3Digest(out);
    }

    /** SM3 of everything the stream yields (the stream is read to its end, not closed). */
    public static Sm3Digest of(InputStream in) {
        SM3Digest d = new SM3Digest();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = new byte[LENGTH];
        d.doFinal(out, 0);
        return new Sm3Digest(out);
    }

    /** Wraps a digest value computed elsewhere; it must be exactly 32 bytes. */
    public static Sm3Digest fromBytes(byte[] value) {
        Objects.requireNonNull(value, "value");
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("an SM3 digest has 32 bytes, not " + value.length);
        }
        return new Sm3Digest(value.clone());
    }

    /** Parses 64 hex digits (either case). */
    public static Sm3Digest fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("an SM3 digest is 64 hex digits, not " + hex.length());
        }
        return new Sm3Digest(HexFormat.of().parseHex(hex));
    }

    /** A copy of the 32 digest bytes. */
    public byte[] bytes() {
        return value.clone();
    }

    /** True if {@code other} holds the same 32 bytes (constant-time comparison). */
    public boolean matches(byte[] other) {
        return other != null && MessageDigest.isEqual(value, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sm3Digest other && MessageDigest.isEqual(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** Lower-case hex, 64 digits. */
    @Override
    public String toString() {
        return HexFormat.of().formatHex(value);
    }
}
