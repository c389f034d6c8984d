package cn.xietong.exchange.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * What one JMS message carries to one platform: packages, receipts, notices and the files the packages
 * need. Encoded by {@link TransferCodec}.
 *
 * @param transferId   unique per message (also a good duplicate-detection id)
 * @param fromPlatform the sending platform's identifier, one line of at most 100 characters
 */
public record Transfer(UUID transferId, String fromPlatform, List<SignedDocument> packages,
        List<SignedDocument> receipts, List<SignedDocument> notices, List<TransferFile> files) {

    public static final int PLATFORM_MAX = 100;

    public Transfer {
        Objects.requireNonNull(transferId, "transferId");
        Fields.line(fromPlatform, PLATFORM_MAX, "发送平台标识");
        packages = List.copyOf(packages);
        receipts = List.copyOf(receipts);
        notices = List.copyOf(notices);
        files = List.copyOf(files);
    }

    /**
     * The files of this transfer by their SM3 (as computed from the bytes when decoded). Builds an index:
     * call once per transfer and use the result for all its packages.
     */
    public FileSource fileSource() {
        Map<Sm3Digest, Long> sizes = new HashMap<>();
        for (TransferFile f : files) {
            sizes.put(f.sm3(), (long) f.bytes().length);
        }
        return sm3 -> {
            Long size = sizes.get(sm3);
            return size == null ? OptionalLong.empty() : OptionalLong.of(size);
        };
    }

    /** Number of documents of all three kinds. */
    public int documentCount() {
        return packages.size() + receipts.size() + notices.size();
    }
}
