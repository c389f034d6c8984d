package cn.xietong.signing.crypto;

import java.io.IOException;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/**
 * Guarded DER reading: every structure this module accepts from outside goes through here, so that
 * a malformed, truncated or absurdly large encoding becomes a {@link MalformedInputException} and
 * never an allocation of a claimed length, a runtime exception from deep inside a parser, or a hang.
 *
 * <p>The outer TLV header is checked by hand first (definite length, length within the input, no
 * trailing bytes), then Bouncy Castle parses with the input length as its hard limit.
 */
public final class Der {

    /** Default upper bound for one encoded structure: 16 MiB. */
    public static final int DEFAULT_MAX_LENGTH = 16 * 1024 * 1024;

    private Der() {
    }

    /** Parses exactly one DER object filling {@code der}, at most {@link #DEFAULT_MAX_LENGTH} bytes. */
    public static ASN1Primitive read(byte[] der, String what) {
        return read(der, what, DEFAULT_MAX_LENGTH);
    }

    /** Parses exactly one DER SEQUENCE filling {@code der}. */
    public static ASN1Sequence readSequence(byte[] der, String what) {
        ASN1Primitive p = read(der, what);
        if (!(p instanceof ASN1Sequence s)) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    what + " is not a DER SEQUENCE (found " + p.getClass().getSimpleName() + ")");
        }
        return s;
    }

    /** Parses exactly one DER object filling {@code der}, refusing inputs longer than {@code maxLength}. */
    public static ASN1Primitive read(byte[] der, String what, int maxLength) {
        if (der == null || der.length == 0) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " is empty");
        }
        if (der.length > maxLength) {
            throw new MalformedInputException(Code.INPUT_TOO_LARGE,
                    what + " has " + der.length + " bytes; at most " + maxLength + " are accepted");
        }
        long total = outerLength(der, what);
        if (total > der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated: its DER header declares "
                    + total + " bytes but only " + der.length + " are present");
        }
        if (total < der.length) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    what + " has " + (der.length - total) + " bytes after the end of its DER encoding");
        }
        checkNesting(der, what);
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            ASN1Primitive p = in.readObject();
            if (p == null) {
                throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " holds no DER object");
            }
            return p;
        } catch (MalformedInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            Code code = m.contains("truncated") || m.contains("EOF") || m.contains("out of bounds")
                    ? Code.TRUNCATED_ENCODING : Code.MALFORMED_ENCODING;
            throw new MalformedInputException(code, what + " is not valid DER: " + m, e);
        }
    }

    /**
     * The original bytes of each element of a DER SEQUENCE (or SET), exactly as received: use these
     * to verify signatures over a TBS part without re-encoding it. Call after {@link #read} succeeded
     * on the same bytes (which checks the overall structure).
     */
    public static java.util.List<byte[]> rawElements(byte[] der, String what) {
        int[] h = header(der, 0, what);
        int pos = h[0];
        int end = h[0] + h[1];
        if (end != der.length) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " does not fill its bytes exactly");
        }
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        while (pos < end) {
            int[] c = header(der, pos, what);
            int next = c[0] + c[1];
            if (next > end) {
                throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " has an element running past its end");
            }
            out.add(java.util.Arrays.copyOfRange(der, pos, next));
            pos = next;
        }
        return out;
    }

    /**
     * A DER SEQUENCE whose content is the given already-encoded elements, byte for byte (no re-encoding
     * of the elements).
     */
    public static byte[] sequenceOf(byte[]... encodedElements) {
        int len = 0;
        for (byte[] e : encodedElements) {
            len += e.length;
        }
        byte[] lenBytes;
        if (len < 0x80) {
            lenBytes = new byte[] {(byte) len};
        } else {
            int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            lenBytes = new byte[n + 1];
            lenBytes[0] = (byte) (0x80 | n);
            for (int i = 0; i < n; i++) {
                lenBytes[n - i] = (byte) (len >>> (8 * i));
            }
        }
        byte[] out = new byte[1 + lenBytes.length + len];
        out[0] = 0x30;
        System.arraycopy(lenBytes, 0, out, 1, lenBytes.length);
        int p = 1 + lenBytes.length;
        for (byte[] e : encodedElements) {
            System.arraycopy(e, 0, out, p, e.length);
            p += e.length;
        }
        return out;
    }

    /** Deepest nesting of constructed encodings accepted (the parser recurses; this keeps the stack safe). */
    public static final int MAX_NESTING = 64;

    /** Walks all TLV headers without recursion and refuses nesting deeper than {@link #MAX_NESTING}. */
    private static void checkNesting(byte[] der, String what) {
        int[] ends = new int[MAX_NESTING + 1];
        int depth = 0;
        ends[0] = der.length;
        int pos = 0;
        while (pos < der.length) {
            while (depth > 0 && pos >= ends[depth]) {
                depth--;
            }
            boolean constructed = (der[pos] & 0x20) != 0;
            int[] h = header(der, pos, what);
            int end = h[0] + h[1];
            if (end > ends[depth]) {
                throw new MalformedInputException(Code.TRUNCATED_ENCODING,
                        what + " has an element running past the end of its enclosing element");
            }
            if (constructed && h[1] > 0) {
                if (depth == MAX_NESTING) {
                    throw new MalformedInputException(Code.MALFORMED_ENCODING,
                            what + " is nested more than " + MAX_NESTING + " levels deep");
                }
                ends[++depth] = end;
                pos = h[0];
            } else {
                pos = end;
            }
        }
    }

    /** {content offset, content length} of the TLV starting at {@code start}. */
    private static int[] header(byte[] der, int start, String what) {
        int pos = start;
        if (pos >= der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated");
        }
        int tag = der[pos++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            int guard = 0;
            do {
                if (pos >= der.length || ++guard > 4) {
                    throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " has a bad tag");
                }
            } while ((der[pos++] & 0x80) != 0);
        }
        if (pos >= der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated before a length");
        }
        int first = der[pos++] & 0xff;
        long len;
        if (first < 0x80) {
            len = first;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 4 || pos + n > der.length) {
                throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " has a bad length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (der[pos++] & 0xff);
            }
        }
        if (pos + len > der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated: an element declares "
                    + len + " bytes beyond the input");
        }
        return new int[] {pos, (int) len};
    }

    /** Total length (header + content) the outer TLV declares; checks definite form. */
    private static long outerLength(byte[] der, String what) {
        int pos = 0;
        int tag = der[pos++] & 0xff;
        if ((tag & 0x1f) == 0x1f) { // high tag number form
            int guard = 0;
            do {
                if (pos >= der.length) {
                    throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated inside its tag");
                }
                if (++guard > 4) {
                    throw new MalformedInputException(Code.MALFORMED_ENCODING, what + " has an oversized tag number");
                }
            } while ((der[pos++] & 0x80) != 0);
        }
        if (pos >= der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated before its length");
        }
        int first = der[pos++] & 0xff;
        if (first < 0x80) {
            return pos + (long) first;
        }
        if (first == 0x80) {
            throw new MalformedInputException(Code.MALFORMED_ENCODING,
                    what + " uses an indefinite length, which DER forbids");
        }
        int n = first & 0x7f;
        if (n > 4) {
            throw new MalformedInputException(Code.INPUT_TOO_LARGE,
                    what + " declares a length of " + n + " length bytes; at most 4 are accepted");
        }
        if (pos + n > der.length) {
            throw new MalformedInputException(Code.TRUNCATED_ENCODING, what + " is truncated inside its length");
        }
        long len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (der[pos++] & 0xff);
        }
        return pos + len;
    }
}
