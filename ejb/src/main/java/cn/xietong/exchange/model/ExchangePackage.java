package cn.xietong.exchange.model;

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
 * One exchange package (交换包) as its sender keeps it: the signed manifest sent to one addressee unit,
 * and where it stands. States only move forward ({@link PackageState#rank()}); each has its time.
 */
@Entity
@Table(name = "exchange_package")
public class ExchangePackage {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;
    @Column(name = "sender_unit_id", nullable = false, updatable = false)
    private UUID senderUnitId;
    @Column(name = "sender_uscc", nullable = false, updatable = false)
    private String senderUscc;
    @Column(name = "addressee_uscc", nullable = false, updatable = false)
    private String addresseeUscc;
    @Column(name = "addressee_name", nullable = false, updatable = false)
    private String addresseeName;
    @Column(name = "addressee_role", nullable = false, updatable = false)
    private String addresseeRole;
    @Column(name = "platform_code", nullable = false, updatable = false)
    private String platformCode;
    @Column(name = "document_number", updatable = false)
    private String documentNumber;
    @Column(nullable = false, updatable = false)
    private String title;
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
    @Column(name = "transfer_id")
    private UUID transferId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackageState state;
    @Column(name = "distributed_by", nullable = false, updatable = false)
    private UUID distributedBy;
    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "recalled_at")
    private Instant recalledAt;
    @Column(name = "failed_at")
    private Instant failedAt;
    private String reason;
    @Column(name = "urged_at")
    private Instant urgedAt;
    @Column(name = "urge_count", nullable = false)
    private int urgeCount;
    @Version
    private int version;

    protected ExchangePackage() {
    }

    public ExchangePackage(UUID id, UUID documentId, UUID senderUnitId, String senderUscc, String addresseeUscc,
                           String addresseeName, String addresseeRole, String platformCode, String documentNumber,
                           String title, byte[] manifest, byte[] signature, String chainSm3, String packageDigest,
                           UUID transferId,
                           UUID distributedBy, Instant queuedAt) {
        this.id = id;
        this.documentId = documentId;
        this.senderUnitId = senderUnitId;
        this.senderUscc = senderUscc;
        this.addresseeUscc = addresseeUscc;
        this.addresseeName = addresseeName;
        this.addresseeRole = addresseeRole;
        this.platformCode = platformCode;
        this.documentNumber = documentNumber;
        this.title = title;
        this.manifest = manifest;
        this.signature = signature;
        this.chainSm3 = chainSm3;
        this.packageDigest = packageDigest;
        this.transferId = transferId;
        this.distributedBy = distributedBy;
        this.queuedAt = queuedAt;
        this.state = PackageState.QUEUED;
    }

    /** Moves to {@code next} if that is progress; returns whether it moved. */
    public boolean advance(PackageState next, Instant at, String by, String why) {
        if (next == PackageState.DELIVERED && deliveredAt == null && state != PackageState.QUEUED) {
            deliveredAt = at;
        }
        if (next.rank() < state.rank() || next == state || state.isFinal()) {
            return false;
        }
        state = next;
        switch (next) {
            case SENT -> sentAt = at;
            case DELIVERED -> deliveredAt = at;
            case ACCEPTED -> {
                acceptedAt = at;
                acceptedBy = by;
            }
            case RETURNED -> {
                returnedAt = at;
                reason = why;
            }
            case RECALLING -> reason = why;
            case RECALLED -> recalledAt = at;
            case FAILED -> {
                failedAt = at;
                reason = why;
            }
            default -> {
            }
        }
        if (deliveredAt == null && (next == PackageState.ACCEPTED || next == PackageState.RETURNED)) {
            deliveredAt = at;
        }
        return true;
    }

    /** A recall the addressee's platform refused (the package was accepted first): back to where it was. */
    public void recallRefused(String why) {
        if (state == PackageState.RECALLING) {
            state = deliveredAt != null ? PackageState.DELIVERED : PackageState.SENT;
            reason = why;
        }
    }

    public void urged(Instant at) {
        urgedAt = at;
        urgeCount++;
    }

    public UUID getId() { return id; }
    public UUID getDocumentId() { return documentId; }
    public UUID getSenderUnitId() { return senderUnitId; }
    public String getSenderUscc() { return senderUscc; }
    public String getAddresseeUscc() { return addresseeUscc; }
    public String getAddresseeName() { return addresseeName; }
    public String getAddresseeRole() { return addresseeRole; }
    public String getPlatformCode() { return platformCode; }
    public String getDocumentNumber() { return documentNumber; }
    public String getTitle() { return title; }
    public byte[] getManifest() { return manifest.clone(); }
    public byte[] getSignature() { return signature.clone(); }
    /** The chain this row holds itself (rows from before chains were kept apart), or null. */
    public byte[] getCertificateChain() { return certificateChain == null ? null : certificateChain.clone(); }
    public String getChainSm3() { return chainSm3; }
    public String getPackageDigest() { return packageDigest; }
    public UUID getTransferId() { return transferId; }
    public PackageState getState() { return state; }
    public UUID getDistributedBy() { return distributedBy; }
    public Instant getQueuedAt() { return queuedAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getReturnedAt() { return returnedAt; }
    public Instant getRecalledAt() { return recalledAt; }
    public Instant getFailedAt() { return failedAt; }
    public String getReason() { return reason; }
    public Instant getUrgedAt() { return urgedAt; }
    public int getUrgeCount() { return urgeCount; }
}
