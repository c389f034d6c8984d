package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;

/** How large attachments may be: per file and for all of one document's attachments together. */
public record AttachmentLimits(long perFile, long perDocument) {

    public static final long MB = 1024L * 1024L;
    public static final AttachmentLimits DEFAULT = new AttachmentLimits(20 * MB, 100 * MB);

    /** Refuses a file of {@code size} bytes, given {@code alreadyAttached} bytes on the document, with a 413. */
    public void check(String fileName, long size, long alreadyAttached) {
        if (size > perFile) {
            throw new DomainException(ErrorKind.TOO_LARGE, "document.attachment.too-large",
                    "附件“" + fileName + "”过大：每个附件最大" + megabytes(perFile) + "，该文件超过了这一限制。"
                            + "请压缩或拆分后再上传。");
        }
        if (alreadyAttached + size > perDocument) {
            throw new DomainException(ErrorKind.TOO_LARGE, "document.attachments.total-too-large",
                    "一份公文的附件合计最大" + megabytes(perDocument) + "；已有附件" + megabytes(alreadyAttached)
                            + "，再加上“" + fileName + "”（" + megabytes(size) + "）将超出限制。");
        }
    }

    public static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : "%.1f MB".formatted(bytes / (double) MB);
    }
}
