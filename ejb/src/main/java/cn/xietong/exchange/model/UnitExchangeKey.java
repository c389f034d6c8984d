package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A unit's exchange key (wrapped by the platform) and its exchange certificate (交换证书). */
@Entity
@Table(name = "exchange_unit_key")
public class UnitExchangeKey {

    @Id
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(nullable = false)
    private String uscc;
    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;
    @Column(nullable = false)
    private byte[] certificate;
    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    protected UnitExchangeKey() {
    }

    public UnitExchangeKey(UUID unitId, String uscc, byte[] wrappedKey, byte[] certificate, Instant notAfter) {
        this.unitId = unitId;
        this.uscc = uscc;
        this.wrappedKey = wrappedKey;
        this.certificate = certificate;
        this.notAfter = notAfter;
    }

    public void renew(byte[] wrapped, byte[] der, Instant until) {
        wrappedKey = wrapped;
        certificate = der;
        notAfter = until;
    }

    public UUID getUnitId() { return unitId; }
    public String getUscc() { return uscc; }
    public byte[] getWrappedKey() { return wrappedKey; }
    public byte[] getCertificate() { return certificate; }
    public Instant getNotAfter() { return notAfter; }
}
