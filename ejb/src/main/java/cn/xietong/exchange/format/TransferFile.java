package cn.xietong.exchange.format;

import java.util.Arrays;
import java.util.Objects;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * A file carried by a {@link Transfer}, known by the SM3 of its bytes. {@link TransferCodec#decode}
 * computes the digest from the bytes it received; on the sending side {@link #of} does. The bytes are
 * held as given (not copied: files can be large); do not change them afterwards.
 */
public record TransferFile(Sm3Digest sm3, byte[] bytes) {

    public TransferFile {
        Objects.requireNonNull(sm3, "sm3");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The file with the SM3 computed from its bytes. */
    public static TransferFile of(byte[] bytes) {
        return new TransferFile(Sm3Digest.of(bytes), bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferFile f && sm3.equals(f.sm3) && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return sm3.hashCode();
    }

    @Override
    public String toString() {
        return "TransferFile[sm3=" + sm3 + ", " + bytes.length + " bytes]";
    }
}
