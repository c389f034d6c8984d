package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * How many of a distributed document's packages entered (positive) or left (negative) one state in one
 * transaction. The sender's counts per state (发文跟踪) are the sums of these rows: a few hundred for a
 * document sent to 18,000 units, instead of visiting its 18,000 package rows on every look. Only ever
 * inserted, so transactions moving packages of one document at once never wait for each other here.
 */
@Entity
@Table(name = "exchange_sent_count_change")
public class SentCountChange {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PackageState state;
    @Column(nullable = false, updatable = false)
    private int delta;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected SentCountChange() {
    }

    public SentCountChange(UUID documentId, PackageState state, int change, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.state = state;
        this.delta = change;
        this.changedAt = changedAt;
    }

    public UUID getDocumentId() { return documentId; }
    public PackageState getState() { return state; }
    public int getDelta() { return delta; }
}
