package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A file that travels in packages, kept once under the SM3 computed over its bytes when it was stored
 * (content addressing): the sealed PDF of a document sent to 18,000 units is one row.
 */
@Entity
@Table(name = "exchange_blob")
public class ExchangeBlob {

    @Id
    private String sm3;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(nullable = false, updatable = false)
    private byte[] content;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExchangeBlob() {
    }

    /** Only {@code BlobStore} makes these, with the digest it computed itself. */
    public ExchangeBlob(String computedSm3, byte[] content, Instant createdAt) {
        this.sm3 = computedSm3;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    public String getSm3() { return sm3; }
    public long getSize() { return size; }
    public byte[] getContent() { return content; }
}
