package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed receipt (回执) as the sender received it, kept as evidence of receipt; a receipt that did
 * not match what was sent is kept too, with the refusal.
 */
@Entity
@Table(name = "exchange_receipt")
public class ReceivedReceipt {

    @Id
    private UUID id;
    @Column(name = "package_id", nullable = false)
    private UUID packageId;
    @Column(nullable = false)
    private String outcome;
    @Column(nullable = false)
    private byte[] xml;
    @Column(nullable = false)
    private byte[] signature;
    @Column(name = "signer_serial", nullable = false)
    private String signerSerial;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    private String refusal;

    protected ReceivedReceipt() {
    }

    public ReceivedReceipt(UUID id, UUID packageId, String outcome, byte[] xml, byte[] signature, String signerSerial,
                           Instant receivedAt, String refusal) {
        this.id = id;
        this.packageId = packageId;
        this.outcome = outcome;
        this.xml = xml;
        this.signature = signature;
        this.signerSerial = signerSerial;
        this.receivedAt = receivedAt;
        this.refusal = refusal == null || refusal.length() <= 1000 ? refusal : refusal.substring(0, 1000);
    }

    public UUID getId() { return id; }
    public UUID getPackageId() { return packageId; }
    public String getOutcome() { return outcome; }
    public byte[] getXml() { return xml; }
    public String getSignerSerial() { return signerSerial; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getRefusal() { return refusal; }
}
