package cn.xietong.document.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One save of a draft (痕迹保留): its number (1, 2, …), who saved it and when, the whole content as
 * it was then, and the SM3 digest of that content. Never changed after it is written.
 */
@Entity
@Table(name = "doc_revision")
public class Revision {

    @Id
    private UUID id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private UUID draftId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revisionNo;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 50)
    private String authorName;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    @Column(name = "content_sm3", nullable = false, updatable = false, length = 64)
    private String contentSm3;

    @jakarta.persistence.Transient
    private Draft draft;

    protected Revision() {
    }

    Revision(Draft draft, int revisionNo, UUID authorId, String authorName, Instant savedAt, String content,
             String contentSm3) {
        this.id = UUID.randomUUID();
        this.draft = draft;
        this.draftId = draft.getId();
        this.revisionNo = revisionNo;
        this.authorId = authorId;
        this.authorName = authorName;
        this.savedAt = savedAt;
        this.content = content;
        this.contentSm3 = contentSm3;
    }

    /** The draft this revision was made for, when it was just made (not after loading). */
    public Draft draft() {
        return draft;
    }

    public DraftContent content() {
        return DraftContent.fromJson(content);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getContentSm3() {
        return contentSm3;
    }
}
