package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A verified package in an addressee unit's inbox (收文箱): waiting (待签收) until the unit's clerk
 * accepts (签收) or returns it (退回), unless the sender recalls it first (撤回). Unique per sending
 * unit and package id: a redelivered or replayed package never makes a second entry. The signed
 * manifest and the receipt last issued are kept as evidence and for re-sending.
 */
@Entity
@Table(name = "exchange_incoming")
public class IncomingPackage {

    @Id
    private UUID id;
    @Column(name = "package_id", nullable = false, updatable = false)
    private UUID packageId;
    @Column(name = "sender_uscc", nullable = false, updatable = false)
    private String senderUscc;
    @Column(name = "sender_name", nullable = false, updatable = false)
    private String senderName;
    @Column(name = "from_platform", nullable = false, updatable = false)
    private String fromPlatform;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;
    @Column(name = "addressee_role", nullable = false, updatable = false)
    private String addresseeRole;
    @Column(name = "document_number", updatable = false)
    private String documentNumber;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(updatable = false)
    private String urgency;
    @Column(name = "document_date", updatable = false)
    private LocalDate documentDate;
    @Column(nullable = false, updatable = false)
    private byte[] manifest;
    @Column(nullable = false, updatable = false)
    private byte[] signature;
    /** The chain, held by rows written before chains were kept once each (see chainSm3); null since. */
    @Column(name = "certificate_chain", updatable = false)
    private byte[] certificateChain;
    /** SM3 of the certificate chain the package was signed under, kept in the blob store. */
    @Column(name = "chain_sm3", updatable = false)
    private String chainSm3;
    @Column(name = "package_digest", nullable = false, updatable = false)
    private String packageDigest;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomingState state;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "returned_by")
    private String returnedBy;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "recalled_at")
    private Instant recalledAt;
    @Column(name = "recall_reason")
    private String recallReason;
    @Column(name = "urged_at")
    private Instant urgedAt;
    @Column(name = "urge_count", nullable = false)
    private int urgeCount;
    @Column(name = "urge_message")
    private String urgeMessage;
    @Column(name = "receipt_xml")
    private byte[] receiptXml;
    @Column(name = "receipt_signature")
    private byte[] receiptSignature;
    @Version
    private int version;

    protected IncomingPackage() {
    }

    public IncomingPackage(UUID id, UUID packageId, String senderUscc, String senderName, String fromPlatform, UUID unitId,
                           String addresseeRole, String documentNumber, String title, String kind, String urgency,
                           LocalDate documentDate, byte[] manifest, byte[] signature, String chainSm3,
                           String packageDigest, Instant receivedAt) {
        this.id = id;
        this.packageId = packageId;
        this.senderUscc = senderUscc;
        this.senderName = senderName;
        this.fromPlatform = fromPlatform;
        this.unitId = unitId;
        this.addresseeRole = addresseeRole;
        this.documentNumber = documentNumber;
        this.title = title;
        this.kind = kind;
        this.urgency = urgency;
        this.documentDate = documentDate;
        this.manifest = manifest;
        this.signature = signature;
        this.chainSm3 = chainSm3;
        this.packageDigest = packageDigest;
        this.receivedAt = receivedAt;
        this.state = IncomingState.WAITING;
    }

    public void accept(String by, Instant at) {
        state = IncomingState.ACCEPTED;
        acceptedBy = by;
        acceptedAt = at;
    }

    public void giveBack(String by, String reason, Instant at) {
        state = IncomingState.RETURNED;
        returnedBy = by;
        returnReason = reason;
        returnedAt = at;
    }

    public void recall(String reason, Instant at) {
        state = IncomingState.RECALLED;
        recallReason = reason;
        recalledAt = at;
    }

    public void urge(String message, Instant at) {
        urgedAt = at;
        urgeCount++;
        urgeMessage = message;
    }

    /** Keeps the receipt last issued, to send again if the same package arrives again. */
    public void issued(byte[] xml, byte[] signatureDer) {
        receiptXml = xml;
        receiptSignature = signatureDer;
    }

    public UUID getId() { return id; }
    public UUID getPackageId() { return packageId; }
    public String getSenderUscc() { return senderUscc; }
    public String getSenderName() { return senderName; }
    public String getFromPlatform() { return fromPlatform; }
    public UUID getUnitId() { return unitId; }
    public String getAddresseeRole() { return addresseeRole; }
    public String getDocumentNumber() { return documentNumber; }
    public String getTitle() { return title; }
    public String getKind() { return kind; }
    public String getUrgency() { return urgency; }
    public LocalDate getDocumentDate() { return documentDate; }
    public byte[] getManifest() { return manifest.clone(); }
    public byte[] getSignature() { return signature.clone(); }
    /** The chain this row holds itself (rows from before chains were kept apart), or null. */
    public byte[] getCertificateChain() { return certificateChain == null ? null : certificateChain.clone(); }
    public String getChainSm3() { return chainSm3; }
    public String getPackageDigest() { return packageDigest; }
    public IncomingState getState() { return state; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnedBy() { return returnedBy; }
    public String getReturnReason() { return returnReason; }
    public Instant getRecalledAt() { return recalledAt; }
    public String getRecallReason() { return recallReason; }
    public Instant getUrgedAt() { return urgedAt; }
    public int getUrgeCount() { return urgeCount; }
    public String getUrgeMessage() { return urgeMessage; }
    public byte[] getReceiptXml() { return receiptXml == null ? null : receiptXml.clone(); }
    public byte[] getReceiptSignature() { return receiptSignature == null ? null : receiptSignature.clone(); }
}
