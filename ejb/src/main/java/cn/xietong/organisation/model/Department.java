package cn.xietong.organisation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A department of a unit (处室/科室), e.g. 秘书处, 办公室, 财务科. Names are unique within the unit. */
@Entity
@Table(name = "org_department")
public class Department {

    public static final int NAME_MAX = 100;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "unit_id", insertable = false, updatable = false)
    private UUID unitId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Department() {
    }

    public Department(Unit unit, String name, int sortOrder) {
        this.id = UUID.randomUUID();
        this.unit = unit;
        this.unitId = unit.getId();
        this.createdAt = Instant.now();
        update(name, sortOrder);
    }

    public void update(String name, int sortOrder) {
        this.name = Texts.required(name, NAME_MAX, "organisation.department.name", "处室名称");
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
