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
 * One line of a unit's number register (编号登记): a number given out, the document it went to, who
 * gave it and when; once voided (空号) also the reason, who voided it and when. A voided number stays
 * in the register and is never given out again.
 */
@Entity
@Table(name = "doc_number_register")
public class NumberRegisterEntry {

    public static final int REASON_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Column(name = "organ_code", nullable = false, updatable = false, length = DocumentNumber.ORGAN_CODE_MAX)
    private String organCode;

    @Column(name = "number_year", nullable = false, updatable = false)
    private int numberYear;

    @Column(name = "serial", nullable = false, updatable = false)
    private int serial;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "draft_id", updatable = false)
    private UUID draftId;

    @Column(name = "title", length = DraftRules.TITLE_MAX, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NumberStatus status;

    @Column(name = "assigned_by_name", nullable = false, updatable = false, length = 50)
    private String assignedByName;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "void_reason", length = REASON_MAX)
    private String voidReason;

    @Column(name = "voided_by_name", length = 50)
    private String voidedByName;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Version
    private long version;

    protected NumberRegisterEntry() {
    }

    public NumberRegisterEntry(UUID unitId, DocumentNumber number, DocumentKind kind, Draft draft,
                               String assignedByName, Instant assignedAt) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.organCode = number.organCode();
        this.numberYear = number.year();
        this.serial = number.serial();
        this.kind = kind;
        this.draftId = draft.getId();
        this.title = draft.getTitle();
        this.status = NumberStatus.ASSIGNED;
        this.assignedByName = assignedByName;
        this.assignedAt = assignedAt;
    }

    /** Marks the number as voided (空号) with its reason; the serial stays taken. */
    public void voidWith(String reason, String byName, Instant at) {
        if (status == NumberStatus.VOIDED) {
            throw DomainException.conflict("document.number.already-voided", "编号“" + number() + "”已作废。");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("document.number.void-reason-missing", "作废编号须填写原因（如“文件撤销，不再印发”）。");
        }
        String r = reason.strip();
        if (r.codePointCount(0, r.length()) > REASON_MAX) {
            throw DomainException.invalid("document.number.void-reason-too-long", "作废原因过长：最多" + REASON_MAX + "个字。");
        }
        this.status = NumberStatus.VOIDED;
        this.voidReason = r;
        this.voidedByName = byName;
        this.voidedAt = at;
    }

    public DocumentNumber number() {
        return new DocumentNumber(organCode, numberYear, serial);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public String getTitle() {
        return title;
    }

    public NumberStatus getStatus() {
        return status;
    }

    public String getAssignedByName() {
        return assignedByName;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getVoidedByName() {
        return voidedByName;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }
}
