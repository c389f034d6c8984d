package cn.xietong.organisation.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Region;
import cn.xietong.organisation.model.RegionCode;
import cn.xietong.organisation.model.RegionLevel;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Administrative regions (行政区划): anyone signed in may browse the tree level by level; only
 * platform administrators create and rename regions.
 */
@Stateless
public class RegionService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The regions directly under {@code parentId}, or the provinces when it is null, by code. */
    public List<Region> children(Caller caller, UUID parentId) {
        Objects.requireNonNull(caller);
        if (parentId == null) {
            return em.createQuery("select r from Region r where r.parent is null order by r.code", Region.class)
                    .getResultList();
        }
        Find.region(em, parentId);
        return em.createQuery("select r from Region r where r.parent.id = :p order by r.code", Region.class)
                .setParameter("p", parentId).getResultList();
    }

    public Region get(Caller caller, UUID id) {
        Objects.requireNonNull(caller);
        return Find.region(em, id);
    }

    public Region create(Caller caller, String name, String code, String level, UUID parentId) {
        caller.requirePlatformAdmin();
        RegionCode regionCode = RegionCode.of(code);
        RegionLevel regionLevel = parseLevel(level, regionCode);
        Region parent = parentId == null ? null : Find.region(em, parentId);
        Region region = new Region(name, regionCode, regionLevel, parent);
        List<Region> same = em.createQuery("select r from Region r where r.code = :c", Region.class)
                .setParameter("c", regionCode).getResultList();
        if (!same.isEmpty()) {
            throw DomainException.conflict("organisation.region.code-taken",
                    "区划代码 " + regionCode + " 已被“" + same.get(0).getName() + "”使用。");
        }
        em.persist(region);
        return region;
    }

    public Region rename(Caller caller, UUID id, String name) {
        caller.requirePlatformAdmin();
        Region region = Find.region(em, id);
        region.rename(name);
        return region;
    }

    /** The level named, or the code's own level when none is named. */
    private static RegionLevel parseLevel(String level, RegionCode code) {
        if (level == null || level.isBlank()) {
            return code.level();
        }
        for (RegionLevel l : RegionLevel.values()) {
            if (l.name().equalsIgnoreCase(level.strip())) {
                return l;
            }
        }
        throw DomainException.invalid("organisation.region.level-unknown",
                "区划层级“" + level + "”无效，可选：PROVINCE（省）、CITY（市）、COUNTY（县）、TOWN（镇）、VILLAGE（村）。");
    }
}
