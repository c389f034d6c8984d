package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;
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

/**
 * A unit (机关单位): a government organ, a public institution or a village committee, with its name,
 * its short name for document numbers (机关代字), its unified social credit code, the region it
 * belongs to and, optionally, the unit it reports to (上级单位).
 */
@Entity
@Table(name = "org_unit")
public class Unit {

    public static final int NAME_MAX = 100;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "short_name", nullable = false, length = UnitShortName.MAX_LENGTH)
    private UnitShortName shortName;

    @Column(name = "uscc", nullable = false, unique = true, length = Uscc.LENGTH)
    private Uscc uscc;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    /** The parent unit's id, readable without loading the parent (e.g. after the transaction). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private UUID parentId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String name, UnitShortName shortName, Uscc uscc, Region region, Unit parent, int sortOrder) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        update(name, shortName, uscc, region, parent, sortOrder);
    }

    /** Changes everything a platform administrator may change; refuses a parent that would make a cycle. */
    public void update(String name, UnitShortName shortName, Uscc uscc, Region region, Unit parent, int sortOrder) {
        if (shortName == null) {
            throw DomainException.invalid("organisation.unit.short-name-missing",
                    "请填写单位的机关代字（用于发文字号，如“粤府办”）。");
        }
        if (uscc == null) {
            throw DomainException.invalid("organisation.uscc.missing", "请填写单位的统一社会信用代码（18位）。");
        }
        if (region == null) {
            throw DomainException.invalid("organisation.unit.region-missing", "请选择单位所在的行政区划。");
        }
        for (Unit above = parent; above != null; above = above.getParent()) {
            if (above.getId().equals(id)) {
                throw DomainException.invalid("organisation.unit.parent-cycle",
                        "不能把单位设为自己或自己下级单位的下级。");
            }
        }
        this.name = Texts.required(name, NAME_MAX, "organisation.unit.name", "单位名称");
        this.shortName = shortName;
        this.uscc = uscc;
        this.region = region;
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UnitShortName getShortName() {
        return shortName;
    }

    public Uscc getUscc() {
        return uscc;
    }

    public Region getRegion() {
        return region;
    }

    public Unit getParent() {
        return parent;
    }

    /** The id of the unit this one reports to, or null. */
    public UUID getParentId() {
        return parentId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
