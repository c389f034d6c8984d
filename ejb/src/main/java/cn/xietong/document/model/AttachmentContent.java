package cn.xietong.document.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of one {@link Attachment}, in a table of their own, loaded only for a download. */
@Entity
@Table(name = "doc_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] bytes;

    protected AttachmentContent() {
    }

    public AttachmentContent(UUID attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
