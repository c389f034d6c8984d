package cn.xietong.organisation.application;

import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Region;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Loads the organisation's entities by id for the services, refusing unknown ids with a 404 — and
 * a department or person of another unit than the one in the request as unknown too.
 */
final class Find {

    private Find() {
    }

    static Region region(EntityManager em, UUID id) {
        Region region = id == null ? null : em.find(Region.class, id);
        if (region == null) {
            throw DomainException.notFound("organisation.region.not-found", "找不到该行政区划（编号 " + id + "）。");
        }
        return region;
    }

    static Unit unit(EntityManager em, UUID id) {
        Unit unit = id == null ? null : em.find(Unit.class, id);
        if (unit == null) {
            throw DomainException.notFound("organisation.unit.not-found", "找不到该单位（编号 " + id + "）。");
        }
        return unit;
    }

    static Department department(EntityManager em, UUID unitId, UUID departmentId) {
        Department d = departmentId == null ? null : em.find(Department.class, departmentId);
        if (d == null || !d.getUnitId().equals(unitId)) {
            throw DomainException.notFound("organisation.department.not-found",
                    "本单位没有该处室（编号 " + departmentId + "）。");
        }
        return d;
    }

    static Person person(EntityManager em, UUID unitId, UUID personId) {
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null || !person.getUnit().getId().equals(unitId)) {
            throw DomainException.notFound("organisation.person.not-found", "本单位没有该人员（编号 " + personId + "）。");
        }
        return person;
    }
}
