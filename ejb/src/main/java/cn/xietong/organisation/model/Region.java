package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrative region (行政区划) on one of five levels — 省、市、县、镇、村 — identified by its
 * 12-digit statistical division code. A region other than a province sits directly under a region
 * exactly one level above it, and its code lies inside its parent's code.
 */
@Entity
@Table(name = "org_region")
public class Region {

    public static final int NAME_MAX = 100;

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = RegionCode.LENGTH)
    private RegionCode code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, length = 16)
    private RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    /** The parent's id, readable without loading the parent (e.g. after the transaction). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private UUID parentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Region() {
    }

    /**
     * A new region. Refuses a code whose level is not {@code level}, a province with a parent, a
     * lower region without a parent or under a parent not exactly one level up, and a code outside
     * the parent's code.
     */
    public Region(String name, RegionCode code, RegionLevel level, Region parent) {
        if (code == null) {
            throw DomainException.invalid("organisation.region.code-missing", "请填写12位统计用区划代码。");
        }
        if (level == null) {
            throw DomainException.invalid("organisation.region.level-missing",
                    "请选择区划层级：PROVINCE（省）、CITY（市）、COUNTY（县）、TOWN（镇）或 VILLAGE（村）。");
        }
        if (code.level() != level) {
            throw DomainException.invalid("organisation.region.code-level-mismatch",
                    "区划代码 " + code + " 是" + code.level().chineseName() + "代码，与所选层级“"
                            + level.chineseName() + "”不符。");
        }
        if (level == RegionLevel.PROVINCE) {
            if (parent != null) {
                throw DomainException.invalid("organisation.region.parent-not-allowed", "省级区划没有上级区划。");
            }
        } else {
            if (parent == null) {
                throw DomainException.invalid("organisation.region.parent-missing",
                        level.chineseName() + "区划必须有" + level.parent().chineseName() + "上级区划。");
            }
            if (!parent.getLevel().isDirectlyAbove(level)) {
                throw DomainException.invalid("organisation.region.level-nesting",
                        level.chineseName() + "区划的上级必须是" + level.parent().chineseName() + "区划，而“"
                                + parent.getName() + "”是" + parent.getLevel().chineseName() + "区划。");
            }
            if (!code.isWithin(parent.getCode())) {
                throw DomainException.invalid("organisation.region.code-outside-parent",
                        "区划代码 " + code + " 不在上级区划“" + parent.getName() + "”（" + parent.getCode() + "）的代码范围内：前"
                                + parent.getLevel().significantDigits() + "位应与上级相同。");
            }
        }
        this.id = UUID.randomUUID();
        this.code = code;
        this.level = level;
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.name = Texts.required(name, NAME_MAX, "organisation.region.name", "区划名称");
        this.createdAt = Instant.now();
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, NAME_MAX, "organisation.region.name", "区划名称");
    }

    public UUID getId() {
        return id;
    }

    public RegionCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public Region getParent() {
        return parent;
    }

    /** The parent region's id, or null for a province. */
    public UUID getParentId() {
        return parentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
