package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer waiting to be sent to a platform's queue (transactional outbox): written in the same
 * database transaction as the work that produced it, sent and deleted by the dispatcher after the
 * commit. Its id is the message's duplicate-detection id, so sending it twice delivers it once.
 */
@Entity
@Table(name = "exchange_outbox")
public class OutboxMessage {

    @Id
    private UUID id;
    @Column(name = "platform_code", nullable = false, updatable = false)
    private String platformCode;
    @Column(nullable = false, updatable = false)
    private byte[] payload;
    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(UUID id, String platformCode, byte[] payload, int itemCount, Instant createdAt) {
        this.id = id;
        this.platformCode = platformCode;
        this.payload = payload;
        this.itemCount = itemCount;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public String getPlatformCode() { return platformCode; }
    public byte[] getPayload() { return payload; }
    public int getItemCount() { return itemCount; }
    public Instant getCreatedAt() { return createdAt; }
}
