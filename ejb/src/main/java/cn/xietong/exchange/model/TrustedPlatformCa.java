package cn.xietong.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The root certificate of a peer platform's CA, whose units' exchange signatures this platform trusts. */
@Entity
@Table(name = "exchange_trusted_ca")
public class TrustedPlatformCa {

    @Id
    private String fingerprint;
    @Column(name = "platform_code", nullable = false)
    private String platformCode;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private byte[] certificate;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TrustedPlatformCa() {
    }

    public TrustedPlatformCa(String fingerprint, String platformCode, String subject, byte[] certificate, Instant addedAt) {
        this.fingerprint = fingerprint;
        this.platformCode = platformCode;
        this.subject = subject;
        this.certificate = certificate;
        this.addedAt = addedAt;
    }

    public String getFingerprint() { return fingerprint; }
    public String getPlatformCode() { return platformCode; }
    public String getSubject() { return subject; }
    public byte[] getCertificate() { return certificate; }
    public Instant getAddedAt() { return addedAt; }
}
