package cn.xietong.exchange.format;

import java.util.OptionalLong;

import cn.xietong.signing.crypto.Sm3Digest;

/** Files available to the verifier, by the SM3 computed over their bytes (never a claimed digest). */
@FunctionalInterface
public interface FileSource {

    /** The size in bytes of the file whose bytes have this SM3, or empty if there is none. */
    OptionalLong sizeOf(Sm3Digest computedSm3);
}
