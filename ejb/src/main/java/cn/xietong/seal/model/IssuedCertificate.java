package cn.xietong.seal.model;

import cn.xietong.signing.ca.Sm2Certificate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate the platform CA issued (数字证书): whose it is, its profile, where its private key
 * is kept (an alias in the encrypted key store), and the certificate itself.
 */
@Entity
@Table(name = "issued_certificate")
public class IssuedCertificate {

    @Id
    private String serial;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "unit_id", nullable = false)
    private UUID unitId;

    @Column(nullable = false)
    private String profile;

    @Column(nullable = false)
    private String subject;

    @Column(name = "key_alias", nullable = false)
    private String keyAlias;

    @Column(nullable = false)
    private byte[] der;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected IssuedCertificate() {
    }

    public IssuedCertificate(UUID personId, UUID unitId, String profile, String keyAlias, Sm2Certificate certificate) {
        this.serial = certificate.serialNumber().toString(16);
        this.personId = personId;
        this.unitId = unitId;
        this.profile = profile;
        this.subject = certificate.subject().toString();
        this.keyAlias = keyAlias;
        this.der = certificate.der();
        this.notBefore = certificate.notBefore();
        this.notAfter = certificate.notAfter();
    }

    public boolean isUsableAt(Instant at) {
        return revokedAt == null && !at.isBefore(notBefore) && at.isBefore(notAfter);
    }

    public Sm2Certificate certificate() {
        return Sm2Certificate.fromDer(der);
    }

    public String keyAlias() {
        return keyAlias;
    }

    public UUID personId() {
        return personId;
    }

    public String serial() {
        return serial;
    }
}
