package cn.xietong.seal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's SM2 signature over a document's SM3 digest, such as a leader's sign-off (签发): kept
 * with the exact text that was signed, so it can be verified later without re-encoding anything.
 */
@Entity
@Table(name = "personal_signature")
public class PersonalSignature {

    @Id
    private UUID id;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "unit_id", nullable = false)
    private UUID unitId;

    @Column(name = "certificate_serial", nullable = false)
    private String certificateSerial;

    @Column(nullable = false)
    private String digest;

    private String opinion;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "signed_content", nullable = false)
    private String signedContent;

    @Column(nullable = false)
    private byte[] signature;

    protected PersonalSignature() {
    }

    public PersonalSignature(UUID id, String subjectType, UUID subjectId, String purpose, UUID personId,
                             String personName, UUID unitId, String certificateSerial, String digest, String opinion,
                             Instant signedAt, String signedContent, byte[] signature) {
        this.id = id;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.purpose = purpose;
        this.personId = personId;
        this.personName = personName;
        this.unitId = unitId;
        this.certificateSerial = certificateSerial;
        this.digest = digest;
        this.opinion = opinion;
        this.signedAt = signedAt;
        this.signedContent = signedContent;
        this.signature = signature.clone();
    }

    public UUID id() { return id; }
    public String subjectType() { return subjectType; }
    public UUID subjectId() { return subjectId; }
    public String purpose() { return purpose; }
    public UUID personId() { return personId; }
    public String personName() { return personName; }
    public UUID unitId() { return unitId; }
    public String certificateSerial() { return certificateSerial; }
    public String digest() { return digest; }
    public String opinion() { return opinion; }
    public Instant signedAt() { return signedAt; }
    public String signedContent() { return signedContent; }
    public byte[] signature() { return signature.clone(); }
}
