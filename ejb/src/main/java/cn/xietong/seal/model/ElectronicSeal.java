package cn.xietong.seal.model;

import cn.xietong.signing.seal.SesSeal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * An electronic seal of a unit (电子印章): the GB/T 38540 SES_Seal as the platform's seal-making
 * key signed it, with what the UI lists — name, purpose, validity, who may use it.
 */
@Entity
@Table(name = "electronic_seal")
public class ElectronicSeal {

    @Id
    private UUID id;

    @Column(name = "unit_id", nullable = false)
    private UUID unitId;

    @Column(name = "es_id", nullable = false)
    private String esId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "seal_type", nullable = false)
    private int sealType;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    private Instant validTo;

    @Column(nullable = false)
    private byte[] der;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "electronic_seal_user", joinColumns = @JoinColumn(name = "seal_id"))
    @Column(name = "person_id")
    private Set<UUID> users = new HashSet<>();

    protected ElectronicSeal() {
    }

    public ElectronicSeal(UUID id, UUID unitId, String purpose, SesSeal seal, Set<UUID> users, UUID createdBy,
                          Instant createdAt) {
        this.id = id;
        this.unitId = unitId;
        this.esId = seal.esId();
        this.name = seal.name();
        this.purpose = purpose;
        this.sealType = seal.type();
        this.validFrom = seal.validStart();
        this.validTo = seal.validEnd();
        this.der = seal.encoded();
        this.users = new HashSet<>(users);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public SesSeal seal() {
        return SesSeal.fromDer(der);
    }

    public boolean mayBeUsedBy(UUID personId) {
        return users.contains(personId);
    }

    public boolean isValidAt(Instant at) {
        return revokedAt == null && !at.isBefore(validFrom) && !at.isAfter(validTo);
    }

    public UUID id() { return id; }
    public UUID unitId() { return unitId; }
    public String esId() { return esId; }
    public String name() { return name; }
    public String purpose() { return purpose; }
    public Instant validFrom() { return validFrom; }
    public Instant validTo() { return validTo; }
    public Set<UUID> users() { return Set.copyOf(users); }
    public Instant createdAt() { return createdAt; }
}
