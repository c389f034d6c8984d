package cn.xietong.exchange.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xietong.signing.SigningException;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * The binary framing of a {@link Transfer} (version 1), big-endian:
 *
 * <pre>
 * magic "XTEX" (58 54 45 58) · version u8 = 1 · transferId 16 bytes (most, least significant half)
 * fromPlatform: u16 length + UTF-8
 * certificates: u32 count, each u32 length + DER            (every distinct certificate once)
 * files:        u32 count, each u32 length + bytes          (every distinct file once)
 * packages, receipts, notices: each u32 count, each document:
 *     u32 length + XML · signature r‖s 64 bytes · u8 chain length (1–8) · u16 certificate index per certificate, leaf first
 * nothing after
 * </pre>
 *
 * Certificates are shared by index (200 packages of one sender carry its chain once), files are
 * de-duplicated by digest. Decoding checks every length against the bytes left and the limits below
 * before allocating, recomputes each file's SM3 from its bytes, and refuses anything malformed with
 * an {@link ExchangeFormatException} naming the offset. Thread-safe.
 */
public final class TransferCodec {

    static final byte[] MAGIC = {'X', 'T', 'E', 'X'};
    static final int VERSION = 1;
    /** Most documents in each of the three lists. */
    public static final int MAX_DOCUMENTS = 10_000;
    /** Most distinct certificates and most distinct files in a transfer. */
    public static final int MAX_CERTIFICATES = 10_000;
    public static final int MAX_FILES = 10_000;
    /** Largest file: 1 GiB (the whole transfer must also fit in one byte array). */
    public static final int MAX_FILE_LENGTH = 1 << 30;

    private static final int SIGNATURE_LENGTH = 64;
    private static final int PLATFORM_BYTES_MAX = 4 * Transfer.PLATFORM_MAX;

    private TransferCodec() {
    }

    public static byte[] encode(Transfer t) {
        Map<Sm2Certificate, Integer> certIndex = new LinkedHashMap<>();
        List<byte[]> certs = new ArrayList<>();
        long size = MAGIC.length + 1 + 16;
        byte[] platform = t.fromPlatform().getBytes(StandardCharsets.UTF_8);
        size += 2 + platform.length;
        for (List<SignedDocument> docs : List.of(t.packages(), t.receipts(), t.notices())) {
            if (docs.size() > MAX_DOCUMENTS) {
                throw new ExchangeFormatException("传输报文的一类文档最多" + MAX_DOCUMENTS + "个，实有" + docs.size() + "个。");
            }
            size += 4;
            for (SignedDocument d : docs) {
                if (d.xmlLength() > ExchangeSchema.MAX_LENGTH) {
                    throw new ExchangeFormatException("文档有" + d.xmlLength() + "字节，超过上限" + ExchangeSchema.MAX_LENGTH + "字节。");
                }
                size += 4 + d.xmlLength() + SIGNATURE_LENGTH + 1 + 2L * d.chain().size();
                for (Sm2Certificate c : d.chain()) {
                    if (!certIndex.containsKey(c)) {
                        certIndex.put(c, certs.size());
                        byte[] der = c.der();
                        certs.add(der);
                        size += 4 + der.length;
                    }
                }
            }
        }
        if (certs.size() > MAX_CERTIFICATES) {
            throw new ExchangeFormatException("传输报文最多含" + MAX_CERTIFICATES + "个不同的证书，实有" + certs.size() + "个。");
        }
        size += 4 + 4;
        Map<Sm3Digest, byte[]> files = new LinkedHashMap<>();
        for (TransferFile f : t.files()) {
            if (files.putIfAbsent(f.sm3(), f.bytes()) == null) {
                if (f.bytes().length > MAX_FILE_LENGTH) {
                    throw new ExchangeFormatException("文件有" + f.bytes().length + "字节，超过上限" + MAX_FILE_LENGTH + "字节。");
                }
                size += 4 + f.bytes().length;
            }
        }
        if (files.size() > MAX_FILES) {
            throw new ExchangeFormatException("传输报文最多含" + MAX_FILES + "个不同的文件，实有" + files.size() + "个。");
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new ExchangeFormatException("传输报文将有" + size + "字节，过大：请分成几个报文发送。");
        }

        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.put(MAGIC).put((byte) VERSION);
        out.putLong(t.transferId().getMostSignificantBits()).putLong(t.transferId().getLeastSignificantBits());
        out.putShort((short) platform.length).put(platform);
        out.putInt(certs.size());
        for (byte[] der : certs) {
            out.putInt(der.length).put(der);
        }
        out.putInt(files.size());
        for (byte[] bytes : files.values()) {
            out.putInt(bytes.length).put(bytes);
        }
        for (List<SignedDocument> docs : List.of(t.packages(), t.receipts(), t.notices())) {
            out.putInt(docs.size());
            for (SignedDocument d : docs) {
                byte[] xml = d.xmlUnsafe();
                out.putInt(xml.length).put(xml);
                out.put(d.signature().toRaw());
                out.put((byte) d.chain().size());
                for (Sm2Certificate c : d.chain()) {
                    out.putShort((short) (int) certIndex.get(c));
                }
            }
        }
        return out.array();
    }

    public static Transfer decode(byte[] bytes) {
        if (bytes == null) {
            throw new ExchangeFormatException("传输报文为空。");
        }
        In in = new In(bytes);
        byte[] magic = in.bytes(MAGIC.length, "开头标识");
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw in.error(0, "不是协同交换传输报文（开头应为 XTEX）。");
        }
        int version = in.u8("格式版本");
        if (version != VERSION) {
            throw in.error(MAGIC.length, "不支持的传输格式版本 " + version + "（本平台支持版本 " + VERSION + "）。");
        }
        UUID transferId = new UUID(in.i64("报文标识"), in.i64("报文标识"));
        int platformAt = in.position();
        int platformLength = in.u16("发送平台标识长度");
        if (platformLength == 0 || platformLength > PLATFORM_BYTES_MAX) {
            throw in.error(platformAt, "发送平台标识长度应为1至" + PLATFORM_BYTES_MAX + "字节，实为" + platformLength + "。");
        }
        String fromPlatform = in.utf8(platformLength, "发送平台标识");

        int certCount = in.count(MAX_CERTIFICATES, 4, "证书数");
        List<Sm2Certificate> certs = new ArrayList<>(certCount);
        Set<Sm2Certificate> seenCerts = new HashSet<>();
        for (int i = 0; i < certCount; i++) {
            int at = in.position();
            int length = in.length(Sm2Certificate.MAX_LENGTH, "第" + (i + 1) + "个证书的长度");
            byte[] der = in.bytes(length, "第" + (i + 1) + "个证书");
            Sm2Certificate c;
            try {
                c = Sm2Certificate.fromDer(der);
            } catch (SigningException e) {
                throw in.error(at, "第" + (i + 1) + "个证书无法解析：" + e.getMessage(), e);
            }
            if (!seenCerts.add(c)) {
                throw in.error(at, "第" + (i + 1) + "个证书与前面的证书重复。");
            }
            certs.add(c);
        }

        int fileCount = in.count(MAX_FILES, 4, "文件数");
        List<TransferFile> files = new ArrayList<>(fileCount);
        Set<Sm3Digest> seenFiles = new HashSet<>();
        for (int i = 0; i < fileCount; i++) {
            int at = in.position();
            int length = in.length(MAX_FILE_LENGTH, "第" + (i + 1) + "个文件的长度");
            TransferFile f = TransferFile.of(in.bytes(length, "第" + (i + 1) + "个文件"));
            if (!seenFiles.add(f.sm3())) {
                throw in.error(at, "第" + (i + 1) + "个文件与前面的文件重复（SM3 " + f.sm3() + "）。");
            }
            files.add(f);
        }

        List<SignedDocument> packages = documents(in, certs, "交换包");
        List<SignedDocument> receipts = documents(in, certs, "回执");
        List<SignedDocument> notices = documents(in, certs, "通知");
        if (in.remaining() > 0) {
            throw in.error(in.position(), "报文结尾后还有" + in.remaining() + "字节多余数据。");
        }
        try {
            return new Transfer(transferId, fromPlatform, packages, receipts, notices, files);
        } catch (ExchangeFormatException e) {
            throw in.error(platformAt, e.getMessage(), e);
        }
    }

    private static List<SignedDocument> documents(In in, List<Sm2Certificate> certs, String what) {
        int count = in.count(MAX_DOCUMENTS, 4 + 1 + SIGNATURE_LENGTH + 1 + 2, what + "数");
        List<SignedDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = "第" + (i + 1) + "个" + what;
            int length = in.length(ExchangeSchema.MAX_LENGTH, name + "的 XML 长度");
            if (length == 0) {
                throw in.error(in.position() - 4, name + "的 XML 为空。");
            }
            byte[] xml = in.bytes(length, name + "的 XML");
            int signatureAt = in.position();
            Sm2Signature signature;
            try {
                signature = Sm2Signature.fromRaw(in.bytes(SIGNATURE_LENGTH, name + "的签名"));
            } catch (SigningException e) {
                throw in.error(signatureAt, name + "的签名值无效：" + e.getMessage(), e);
            }
            int chainAt = in.position();
            int chainLength = in.u8(name + "的证书链长度");
            if (chainLength < 1 || chainLength > SignedDocument.CHAIN_MAX) {
                throw in.error(chainAt, name + "的证书链应有1至" + SignedDocument.CHAIN_MAX + "个证书，实为" + chainLength + "个。");
            }
            List<Sm2Certificate> chain = new ArrayList<>(chainLength);
            for (int k = 0; k < chainLength; k++) {
                int indexAt = in.position();
                int index = in.u16(name + "的证书序号");
                if (index >= certs.size()) {
                    throw in.error(indexAt, name + "引用了不存在的第" + (index + 1) + "个证书（报文只有" + certs.size() + "个）。");
                }
                chain.add(certs.get(index));
            }
            docs.add(new SignedDocument(xml, signature, chain));
        }
        return docs;
    }

    /** Reads the framing with bounds checks; errors name the offset. */
    private static final class In {
        private final ByteBuffer buffer;

        In(byte[] bytes) {
            this.buffer = ByteBuffer.wrap(bytes);
        }

        int position() {
            return buffer.position();
        }

        int remaining() {
            return buffer.remaining();
        }

        private void need(int n, String what) {
            if (buffer.remaining() < n) {
                throw error(buffer.position(), "报文在读" + what + "时截断：需要" + n + "字节，只剩" + buffer.remaining() + "字节。");
            }
        }

        int u8(String what) {
            need(1, what);
            return buffer.get() & 0xff;
        }

        int u16(String what) {
            need(2, what);
            return buffer.getShort() & 0xffff;
        }

        long i64(String what) {
            need(8, what);
            return buffer.getLong();
        }

        private long u32(String what) {
            need(4, what);
            return buffer.getInt() & 0xffffffffL;
        }

        /** A u32 length, at most {@code max} and at most the bytes left. */
        int length(int max, String what) {
            int at = buffer.position();
            long n = u32(what);
            if (n > max) {
                throw error(at, what + "为" + n + "字节，超过上限" + max + "字节。");
            }
            if (n > buffer.remaining()) {
                throw error(at, "报文截断：" + what + "为" + n + "字节，只剩" + buffer.remaining() + "字节。");
            }
            return (int) n;
        }

        /** A u32 count, at most {@code max}, and no more entries than the bytes left could hold. */
        int count(int max, int minEntryBytes, String what) {
            int at = buffer.position();
            long n = u32(what);
            if (n > max) {
                throw error(at, what + "为" + n + "，超过上限" + max + "。");
            }
            if (n * minEntryBytes > buffer.remaining()) {
                throw error(at, "报文截断：" + what + "为" + n + "，剩下的" + buffer.remaining() + "字节装不下。");
            }
            return (int) n;
        }

        byte[] bytes(int n, String what) {
            need(n, what);
            byte[] out = new byte[n];
            buffer.get(out);
            return out;
        }

        String utf8(int n, String what) {
            int at = buffer.position();
            byte[] b = bytes(n, what);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                throw error(at, what + "不是有效的 UTF-8。", e);
            }
        }

        ExchangeFormatException error(int offset, String what) {
            return new ExchangeFormatException("传输报文格式错误（偏移 " + offset + "）：" + what);
        }

        ExchangeFormatException error(int offset, String what, Throwable cause) {
            return new ExchangeFormatException("传输报文格式错误（偏移 " + offset + "）：" + what, cause);
        }
    }
}
