package cn.xietong.document.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format: a header, per row the number of fields and each field's
 * length and bytes (uuid 16 bytes, integer 4, bigint 8, boolean 1, timestamp with time zone the
 * microseconds since 2000-01-01 UTC as 8, text its UTF-8 — given as a String or already encoded as
 * a byte[]), and a trailer. Types as in {@link RowBatch}.
 */
final class CopyBuffer {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** The size of a buffer without rows: header and trailer. */
    static final int EMPTY = HEADER.length + 2;
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private static final int CACHED = 50_000;

    private final Map<String, byte[]> encoded = new HashMap<>();
    private byte[] bytes = new byte[1 << 16];
    private int size;
    private int taken;

    CopyBuffer() {
        reset();
    }

    void row(Object[] values, char[] types) {
        int2(values.length);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                int4(-1);
                continue;
            }
            switch (types[c]) {
                case 'u' -> {
                    UUID u = (UUID) v;
                    int4(16);
                    int8(u.getMostSignificantBits());
                    int8(u.getLeastSignificantBits());
                }
                case 'i' -> {
                    int4(4);
                    int4((Integer) v);
                }
                case 'l' -> {
                    int4(8);
                    int8((Long) v);
                }
                case 'b' -> {
                    int4(1);
                    ensure(1);
                    bytes[size++] = (byte) ((Boolean) v ? 1 : 0);
                }
                case 't' -> {
                    Instant t = (Instant) v;
                    int4(8);
                    int8((t.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + t.getNano() / 1_000);
                }
                case 's' -> {
                    byte[] utf8 = v instanceof byte[] b ? b : utf8(v.toString());
                    int4(utf8.length);
                    ensure(utf8.length);
                    System.arraycopy(utf8, 0, bytes, size, utf8.length);
                    size += utf8.length;
                }
                default -> throw new IllegalArgumentException("unknown column type " + types[c]);
            }
        }
    }

    /** Header, the rows so far and the trailer (the first {@link #size()} bytes); the buffer starts again empty. */
    byte[] take() {
        int2(-1);
        byte[] out = bytes;
        taken = size;
        bytes = new byte[out.length];
        reset();
        return out;
    }

    /** How many bytes of the array the last {@link #take()} returned are rows. */
    int size() {
        return taken;
    }

    /**
     * Short strings come back again and again (names, steps, states, titles): encoded once. The
     * cache starts again when it holds {@value #CACHED} strings.
     */
    private byte[] utf8(String s) {
        if (s.length() > 64) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (encoded.size() >= CACHED) {
            encoded.clear();
        }
        return encoded.computeIfAbsent(s, x -> x.getBytes(StandardCharsets.UTF_8));
    }

    private void reset() {
        size = 0;
        ensure(HEADER.length);
        System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
        size = HEADER.length;
    }

    private void int2(int v) {
        ensure(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void int4(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
