package cn.xietong.organisation.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.Texts;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * Departments (处室/科室) of a unit: its own people may list them, its unit administrators
 * (and platform administrators) create and rename them.
 */
@Stateless
public class DepartmentService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    public List<DepartmentView> list(Caller caller, UUID unitId) {
        Access.requireMemberOf(caller, unitId);
        Find.unit(em, unitId);
        return em.createQuery("select new cn.xietong.organisation.application.DepartmentView("
                        + "d.id, d.unit.id, d.name, d.sortOrder, "
                        + "(select count(p) from Person p where p.department = d and p.active = true)) "
                        + "from Department d where d.unit.id = :u order by d.sortOrder, d.name", DepartmentView.class)
                .setParameter("u", unitId).getResultList();
    }

    public DepartmentView create(Caller caller, UUID unitId, String name, Integer sortOrder) {
        caller.requireUnitAdminOf(unitId);
        Unit unit = Find.unit(em, unitId);
        String checked = Texts.required(name, Department.NAME_MAX, "organisation.department.name", "处室名称");
        requireNameFree(unitId, checked, null);
        Department d = new Department(unit, checked, sortOrder == null ? 0 : sortOrder);
        em.persist(d);
        return new DepartmentView(d.getId(), unitId, d.getName(), d.getSortOrder(), 0);
    }

    public DepartmentView update(Caller caller, UUID unitId, UUID departmentId, String name, Integer sortOrder) {
        caller.requireUnitAdminOf(unitId);
        Department d = Find.department(em, unitId, departmentId);
        String checked = Texts.required(name, Department.NAME_MAX, "organisation.department.name", "处室名称");
        requireNameFree(unitId, checked, departmentId);
        d.update(checked, sortOrder == null ? d.getSortOrder() : sortOrder);
        long people = em.createQuery("select count(p) from Person p where p.department = :d and p.active = true",
                Long.class).setParameter("d", d).getSingleResult();
        return new DepartmentView(d.getId(), unitId, d.getName(), d.getSortOrder(), people);
    }

    private void requireNameFree(UUID unitId, String name, UUID except) {
        List<UUID> same = em.createQuery("select d.id from Department d where d.unit.id = :u and d.name = :n", UUID.class)
                .setParameter("u", unitId).setParameter("n", name).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(except))) {
            throw DomainException.conflict("organisation.department.name-taken", "本单位已有名为“" + name + "”的处室。");
        }
    }
}
