package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A document its unit has distributed (发文跟踪的一行): written once, at its first distribution, so that
 * the sender's list of sent documents is read from one row per document, not gathered from every
 * package of every document (a notice to 18,000 units has 18,000 packages).
 */
@Entity
@Table(name = "exchange_sent_document")
public class SentDocument {

    @Id
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "sender_unit_id", nullable = false, updatable = false)
    private UUID senderUnitId;
    @Column(name = "document_number", updatable = false)
    private String documentNumber;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(name = "distributed_at", nullable = false, updatable = false)
    private Instant distributedAt;

    protected SentDocument() {
    }

    public SentDocument(UUID documentId, UUID senderUnitId, String documentNumber, String title, Instant distributedAt) {
        this.documentId = documentId;
        this.senderUnitId = senderUnitId;
        this.documentNumber = documentNumber;
        this.title = title;
        this.distributedAt = distributedAt;
    }

    public UUID getDocumentId() { return documentId; }
    public UUID getSenderUnitId() { return senderUnitId; }
    public String getDocumentNumber() { return documentNumber; }
    public String getTitle() { return title; }
    /** When the document was first distributed. */
    public Instant getDistributedAt() { return distributedAt; }
}
