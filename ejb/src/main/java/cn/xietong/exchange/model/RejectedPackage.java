package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A package refused by verification (拒收), with the check that failed and why; never silently dropped. */
@Entity
@Table(name = "exchange_rejection")
public class RejectedPackage {

    @Id
    private UUID id;
    @Column(name = "package_id")
    private UUID packageId;
    @Column(name = "sender_uscc")
    private String senderUscc;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "addressee_uscc")
    private String addresseeUscc;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "from_platform")
    private String fromPlatform;
    @Column(name = "failed_check", nullable = false)
    private String failedCheck;
    @Column(nullable = false)
    private String reason;
    @Column(name = "package_digest")
    private String packageDigest;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected RejectedPackage() {
    }

    public RejectedPackage(UUID packageId, String senderUscc, String senderName, String addresseeUscc, UUID unitId,
                           String fromPlatform, String failedCheck, String reason, String packageDigest, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.packageId = packageId;
        this.senderUscc = senderUscc;
        this.senderName = senderName;
        this.addresseeUscc = addresseeUscc;
        this.unitId = unitId;
        this.fromPlatform = fromPlatform;
        this.failedCheck = failedCheck;
        this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.packageDigest = packageDigest;
        this.receivedAt = receivedAt;
    }

    public UUID getId() { return id; }
    public UUID getPackageId() { return packageId; }
    public String getSenderUscc() { return senderUscc; }
    public String getSenderName() { return senderName; }
    public String getAddresseeUscc() { return addresseeUscc; }
    public UUID getUnitId() { return unitId; }
    public String getFromPlatform() { return fromPlatform; }
    public String getFailedCheck() { return failedCheck; }
    public String getReason() { return reason; }
    public String getPackageDigest() { return packageDigest; }
    public Instant getReceivedAt() { return receivedAt; }
}
