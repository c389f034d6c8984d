package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a draft (附件): its name, type (recognised from the content), size, SM3 digest
 * and, when it is one of the unit's mandatory forms for normative documents, which form. The bytes
 * are kept apart ({@link AttachmentContent}) so listing attachments never loads them.
 */
@Entity
@Table(name = "doc_attachment")
public class Attachment {

    public static final int NAME_MAX = 200;

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false, length = 16)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "content_sm3", nullable = false, updatable = false, length = 64)
    private String sm3;

    @Column(name = "form_name", length = 50)
    private String form;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false, length = 50)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(UUID draftId, String fileName, FileType fileType, long size, String sm3, String form,
                      UUID uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.fileName = fileName;
        this.fileType = fileType;
        this.size = size;
        this.sm3 = sm3;
        this.form = form;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    /** A file name as given by the client, checked: no path, no control characters, a sane length. */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("document.attachment.name-missing",
                    "请提供附件的文件名（参数 name，如“实施方案.pdf”），用于识别文件类型和下载。");
        }
        String s = name.strip();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        if (s.isEmpty() || s.equals(".") || s.equals("..") || s.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("document.attachment.name-invalid", "附件文件名“" + s + "”无效，请换一个文件名。");
        }
        if (s.codePointCount(0, s.length()) > NAME_MAX) {
            throw DomainException.invalid("document.attachment.name-too-long", "附件文件名过长：最多" + NAME_MAX + "个字符。");
        }
        return s;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSize() {
        return size;
    }

    /** SM3 of the bytes, 64 lower-case hex digits. */
    public String getSm3() {
        return sm3;
    }

    /** The mandatory form this file is (e.g. 合法性审查意见), or null for an ordinary attachment. */
    public String getForm() {
        return form;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String mediaType() {
        return fileType.mediaType(fileName);
    }
}
