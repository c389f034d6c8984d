package cn.xietong.organisation.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Region;
import cn.xietong.organisation.model.Texts;
import cn.xietong.organisation.model.Unit;
import cn.xietong.organisation.model.UnitShortName;
import cn.xietong.organisation.model.Uscc;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Units (机关单位). Everyone signed in may look units up — they are the addressees of documents;
 * only platform administrators create and change them.
 */
@Stateless
public class UnitService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public Unit create(Caller caller, UnitData data) {
        caller.requirePlatformAdmin();
        Values v = values(data);
        requireCreditCodeFree(v.uscc, null);
        Unit unit = new Unit(data.name(), v.shortName, v.uscc, v.region, v.parent, v.sortOrder);
        em.persist(unit);
        return unit;
    }

    public Unit update(Caller caller, UUID unitId, UnitData data) {
        caller.requirePlatformAdmin();
        Unit unit = Find.unit(em, unitId);
        Values v = values(data);
        requireCreditCodeFree(v.uscc, unitId);
        unit.update(data.name(), v.shortName, v.uscc, v.region, v.parent, v.sortOrder);
        return unit;
    }

    public Unit get(Caller caller, UUID unitId) {
        Objects.requireNonNull(caller);
        return Find.unit(em, unitId);
    }

    /** Units whose name contains {@code q} (all when blank), optionally of one region, in display order. */
    public Page<Unit> list(Caller caller, String q, UUID regionId, PageRequest page) {
        Objects.requireNonNull(caller);
        StringBuilder where = new StringBuilder(" where u.active = true");
        String pattern = q == null || q.isBlank() ? null : "%" + Likes.escape(q.strip()) + "%";
        if (pattern != null) {
            where.append(" and u.name like :q escape '\\'");
        }
        if (regionId != null) {
            where.append(" and u.region.id = :r");
        }
        TypedQuery<Unit> items = em.createQuery("select u from Unit u join fetch u.region" + where
                + " order by u.sortOrder, u.name, u.id", Unit.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        if (pattern != null) {
            items.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        if (regionId != null) {
            items.setParameter("r", regionId);
            count.setParameter("r", regionId);
        }
        List<Unit> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    private record Values(UnitShortName shortName, Uscc uscc, Region region, Unit parent, int sortOrder) {
    }

    private Values values(UnitData data) {
        if (data == null) {
            throw DomainException.invalid("organisation.unit.missing", "请提供单位信息：名称、机关代字、统一社会信用代码和所在区划。");
        }
        Texts.required(data.name(), Unit.NAME_MAX, "organisation.unit.name", "单位名称");
        UnitShortName shortName = UnitShortName.of(data.shortName());
        Uscc uscc = Uscc.of(data.creditCode());
        if (data.regionId() == null) {
            throw DomainException.invalid("organisation.unit.region-missing", "请选择单位所在的行政区划。");
        }
        Region region = Find.region(em, data.regionId());
        Unit parent = data.parentUnitId() == null ? null : Find.unit(em, data.parentUnitId());
        return new Values(shortName, uscc, region, parent, data.sortOrder() == null ? 0 : data.sortOrder());
    }

    private void requireCreditCodeFree(Uscc uscc, UUID exceptUnit) {
        List<Unit> holders = em.createQuery("select u from Unit u where u.uscc = :c", Unit.class)
                .setParameter("c", uscc).getResultList();
        for (Unit holder : holders) {
            if (!holder.getId().equals(exceptUnit)) {
                throw DomainException.conflict("organisation.uscc.taken",
                        "统一社会信用代码 " + uscc + " 已登记给单位“" + holder.getName() + "”，同一代码不能登记两个单位。");
            }
        }
    }
}
