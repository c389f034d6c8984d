package cn.xietong.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored version of a unit's template for a document kind. Versions are never changed: an
 * import adds the next version, and instances keep the version they started with.
 */
@Entity
@Table(name = "wf_template")
public class ProcessTemplate {

    @Id
    private UUID id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "name", nullable = false, updatable = false, length = 100)
    private String name;

    @Column(name = "definition", nullable = false, updatable = false, length = 65535)
    private String definition;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_by_name", updatable = false, length = 50)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProcessTemplate() {
    }

    public ProcessTemplate(UUID unitId, int version, ProcessDefinition d, UUID createdBy, String createdByName) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.kind = d.kind();
        this.templateVersion = version;
        this.name = d.name();
        this.definition = TemplateJson.write(d, null);
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = Instant.now();
    }

    /** The definition; stored JSON was validated on import, so it reads without unit checks. */
    public ProcessDefinition definition() {
        return TemplateJson.read(definition, kind, UnitContext.ANY);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getName() {
        return name;
    }

    public String getDefinitionJson() {
        return definition;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
