package cn.xietong.document.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The official PDF of an outgoing document (正式文件) at one stage: as laid out at 排版, or as
 * sealed at 用印. Keeps where the seal goes (from the layout), so that sealing needs no guessing.
 */
@Entity
@Table(name = "official_pdf")
public class OfficialPdf {

    /** How far the official PDF has come. */
    public enum Stage { LAID_OUT, SEALED }

    @Id
    private UUID id;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false)
    private String sm3;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "seal_page", nullable = false)
    private int sealPage;

    @Column(name = "seal_left", nullable = false)
    private double sealLeft;

    @Column(name = "seal_top", nullable = false)
    private double sealTop;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OfficialPdf() {
    }

    public OfficialPdf(UUID documentId, Stage stage, byte[] pdf, String sm3, int pageCount, int sealPage,
                       double sealLeft, double sealTop, UUID createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.stage = stage;
        this.pdf = pdf.clone();
        this.sm3 = sm3;
        this.pageCount = pageCount;
        this.sealPage = sealPage;
        this.sealLeft = sealLeft;
        this.sealTop = sealTop;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The same seal position, for the sealed PDF made from this one. */
    public OfficialPdf sealed(byte[] sealedPdf, String sealedSm3, UUID by, Instant at) {
        return new OfficialPdf(documentId, Stage.SEALED, sealedPdf, sealedSm3, pageCount, sealPage, sealLeft, sealTop, by, at);
    }

    public UUID getId() { return id; }
    public UUID getDocumentId() { return documentId; }
    public Stage getStage() { return stage; }
    public byte[] getPdf() { return pdf.clone(); }
    public String getSm3() { return sm3; }
    public int getPageCount() { return pageCount; }
    public int getSealPage() { return sealPage; }
    public double getSealLeft() { return sealLeft; }
    public double getSealTop() { return sealTop; }
    public Instant getCreatedAt() { return createdAt; }
}
