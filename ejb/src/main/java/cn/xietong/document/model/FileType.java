package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a document may carry as an attachment, recognised by their content (magic bytes
 * and, for the ZIP-based formats, the parts inside), not only by their name: PDF, PNG, JPEG, the
 * legacy office formats (DOC, XLS, WPS — OLE2 compound files), DOCX, XLSX and OFD.
 */
public enum FileType {
    PDF("PDF 文档", "application/pdf", Set.of("pdf")),
    PNG("PNG 图片", "image/png", Set.of("png")),
    JPEG("JPEG 图片", "image/jpeg", Set.of("jpg", "jpeg")),
    OLE2("Word/Excel/WPS 文档（旧格式）", "application/octet-stream", Set.of("doc", "xls", "wps")),
    DOCX("Word 文档（DOCX）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("Excel 表格（XLSX）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    OFD("OFD 版式文档", "application/ofd", Set.of("ofd"));

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] OLE2_MAGIC = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final String ALLOWED = "PDF、PNG、JPEG、DOC、DOCX、XLS、XLSX、WPS、OFD";

    private final String label;
    private final String mediaType;
    private final Set<String> extensions;

    FileType(String label, String mediaType, Set<String> extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** The media type a download is served with; the legacy formats by their extension. */
    public String mediaType(String fileName) {
        if (this == OLE2) {
            return switch (extension(fileName)) {
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                default -> "application/vnd.ms-works";
            };
        }
        return mediaType;
    }

    /**
     * The type of {@code content} named {@code fileName}; refused when the name's extension is not
     * one we take, the content is of no type we take, or the two disagree.
     */
    public static FileType check(String fileName, byte[] content) {
        String ext = extension(fileName);
        FileType byName = Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst()
                .orElseThrow(() -> DomainException.invalid("document.attachment.type-not-allowed",
                        "附件“" + fileName + "”的类型不受支持：只能上传 " + ALLOWED + " 文件。"));
        FileType byContent = detect(content).orElseThrow(() -> DomainException.invalid(
                "document.attachment.content-unrecognised",
                "附件“" + fileName + "”的内容不是有效的" + byName.label + "（文件头不符），请确认文件没有损坏或被改了扩展名。"));
        if (byContent != byName) {
            throw DomainException.invalid("document.attachment.type-mismatch",
                    "附件“" + fileName + "”的扩展名表明是" + byName.label + "，但内容实际是" + byContent.label
                            + "，请改正扩展名或上传正确的文件。");
        }
        return byContent;
    }

    /** The type recognised from the content alone. */
    public static Optional<FileType> detect(byte[] b) {
        if (startsWith(b, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(b, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, OLE2_MAGIC)) {
            return Optional.of(OLE2);
        }
        if (startsWith(b, ZIP_MAGIC)) {
            return zipped(b);
        }
        return Optional.empty();
    }

    /** DOCX has word/, XLSX xl/ and OFD an OFD.xml at its root; any other ZIP is no type of ours. */
    private static Optional<FileType> zipped(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 10_000) {
                String name = e.getName();
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
                if (name.equals("OFD.xml")) {
                    return Optional.of(OFD);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, byte[] magic) {
        return b.length >= magic.length && Arrays.equals(b, 0, magic.length, magic, 0, magic.length);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extensions taken, for messages and docs. */
    public static List<String> allowedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).sorted().toList();
    }
}
