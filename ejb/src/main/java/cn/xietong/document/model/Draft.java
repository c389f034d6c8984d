package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An outgoing document while it is drafted (发文稿): its unit, its drafter, its current content (the
 * latest revision's) and, once a clerk has numbered it, its document number. Content changes only
 * by {@link #revise}, which returns the new {@link Revision} to keep; a numbered draft's content is
 * frozen until the number is voided.
 */
@Entity
@Table(name = "doc_draft")
public class Draft {

    @Id
    private UUID id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Column(name = "drafter_id", nullable = false, updatable = false)
    private UUID drafterId;

    @Column(name = "drafter_name", nullable = false, updatable = false, length = 50)
    private String drafterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "title", nullable = false, length = DraftRules.TITLE_MAX)
    private String title;

    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "content_sm3", nullable = false, length = 64)
    private String contentSm3;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "number_text", length = 40)
    private String numberText;

    @Version
    private long version;

    protected Draft() {
    }

    private Draft(UUID unitId, UUID drafterId, String drafterName, Instant now) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.drafterId = drafterId;
        this.drafterName = drafterName;
        this.createdAt = now;
    }

    /** A new draft with its first revision; persist both. */
    public static Revision start(UUID unitId, UUID drafterId, String drafterName, DraftContent first, Instant now) {
        Draft draft = new Draft(unitId, drafterId, drafterName, now);
        return draft.revise(first, drafterId, drafterName, now);
    }

    /**
     * Makes {@code next} the current content and returns the revision that records it, or null when
     * nothing changed. Refused while the draft carries a document number.
     */
    public Revision revise(DraftContent next, UUID authorId, String authorName, Instant now) {
        if (numberText != null) {
            throw DomainException.conflict("document.numbered-frozen",
                    "该公文已编号（" + numberText + "），内容不能再修改；如确需修改，请由文书先作废该编号。");
        }
        String json = next.toJson();
        String digest = next.digest().toString();
        if (digest.equals(contentSm3)) {
            return null;
        }
        this.content = json;
        this.contentSm3 = digest;
        this.kind = next.kind();
        this.title = next.title();
        this.revisionNo++;
        this.updatedAt = now;
        return new Revision(this, revisionNo, authorId, authorName, now, json, digest);
    }

    public void assignNumber(DocumentNumber number) {
        if (numberText != null) {
            throw DomainException.conflict("document.number.already-assigned",
                    "该公文已编号为“" + numberText + "”；如需重新编号，请先作废原编号。");
        }
        this.numberText = number.format();
    }

    public void clearNumber() {
        this.numberText = null;
    }

    public DraftContent content() {
        return DraftContent.fromJson(content);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getDrafterId() {
        return drafterId;
    }

    public String getDrafterName() {
        return drafterName;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getContentSm3() {
        return contentSm3;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The document number (发文字号) as printed, or null before numbering. */
    public String getNumberText() {
        return numberText;
    }
}
