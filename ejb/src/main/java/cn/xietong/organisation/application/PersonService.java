package cn.xietong.organisation.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.EmailAddress;
import cn.xietong.organisation.model.LoginName;
import cn.xietong.organisation.model.MobileNumber;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.PhoneNumber;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people of a unit (工作人员). A unit's own people may read its staff list — with mobiles and
 * roles —; its unit administrators (and platform administrators) add people, change their details
 * and roles, and deactivate them. Only a platform administrator grants or revokes
 * {@link Role#PLATFORM_ADMIN}, and a unit always keeps at least one active unit administrator.
 */
@Stateless
public class PersonService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    /** The unit's people in display order; deactivated people only when asked for. */
    public List<Person> list(Caller caller, UUID unitId, boolean includeInactive) {
        Access.requireMemberOf(caller, unitId);
        Find.unit(em, unitId);
        // No alias on a fetch join (JPA forbids it): d joins only to sort; the department itself is
        // loaded eagerly. Hibernate removes the duplicates the roles' fetch join makes.
        return em.createQuery("select p from Person p left join p.department d left join fetch p.roles"
                        + " where p.unit.id = :u" + (includeInactive ? "" : " and p.active = true")
                        + " order by d.sortOrder nulls first, d.name nulls first, p.sortOrder, p.name, p.id", Person.class)
                .setParameter("u", unitId).getResultList();
    }

    public Person get(Caller caller, UUID unitId, UUID personId) {
        Access.requireMemberOf(caller, unitId);
        return Find.person(em, unitId, personId);
    }

    public Person create(Caller caller, UUID unitId, String username, PersonData data, Set<Role> roles) {
        caller.requireUnitAdminOf(unitId);
        Unit unit = Find.unit(em, unitId);
        LoginName login = LoginName.of(username);
        Person.Details details = details(unitId, data);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(orNone(roles));
        requirePlatformAdminUnchanged(caller, Set.of(), granted);
        requireLoginNameFree(login);
        Person person = new Person(unit, login, details);
        person.assignRoles(granted);
        em.persist(person);
        flushOrConflict(login);
        return person;
    }

    public Person update(Caller caller, UUID unitId, UUID personId, PersonData data) {
        caller.requireUnitAdminOf(unitId);
        Person person = Find.person(em, unitId, personId);
        person.update(details(unitId, data));
        return person;
    }

    public Person assignRoles(Caller caller, UUID unitId, UUID personId, Set<Role> roles) {
        caller.requireUnitAdminOf(unitId);
        Person person = Find.person(em, unitId, personId);
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        wanted.addAll(orNone(roles));
        requirePlatformAdminUnchanged(caller, person.getRoles(), wanted);
        if (!wanted.contains(Role.UNIT_ADMIN)) {
            requireAnotherUnitAdmin(person, "撤销其单位管理员角色");
        }
        person.assignRoles(wanted);
        return person;
    }

    public Person deactivate(Caller caller, UUID unitId, UUID personId) {
        caller.requireUnitAdminOf(unitId);
        Person person = Find.person(em, unitId, personId);
        if (person.getRoles().contains(Role.PLATFORM_ADMIN) && !caller.isPlatformAdmin()) {
            throw DomainException.forbidden("organisation.role.platform-admin-protected",
                    "该人员是平台管理员，只有平台管理员才能停用其账户。");
        }
        requireAnotherUnitAdmin(person, "停用此人");
        person.deactivate();
        return person;
    }

    public Person activate(Caller caller, UUID unitId, UUID personId) {
        caller.requireUnitAdminOf(unitId);
        Person person = Find.person(em, unitId, personId);
        person.activate();
        return person;
    }

    private Person.Details details(UUID unitId, PersonData data) {
        if (data == null) {
            throw DomainException.invalid("organisation.person.missing", "请提供人员信息：至少包括姓名。");
        }
        Department department = data.departmentId() == null ? null : Find.department(em, unitId, data.departmentId());
        return new Person.Details(data.name(), department, data.position(),
                PhoneNumber.ofNullable(data.officePhone()), MobileNumber.ofNullable(data.mobile()),
                EmailAddress.ofNullable(data.workEmail()), data.sortOrder() == null ? 0 : data.sortOrder());
    }

    private static Set<Role> orNone(Set<Role> roles) {
        if (roles == null) {
            return Set.of();
        }
        if (roles.contains(null)) {
            throw DomainException.invalid("organisation.role.unknown", "角色列表中有空值，请只填写有效的角色名称。");
        }
        return roles;
    }

    private static void requirePlatformAdminUnchanged(Caller caller, Set<Role> before, Set<Role> after) {
        boolean changes = before.contains(Role.PLATFORM_ADMIN) != after.contains(Role.PLATFORM_ADMIN);
        if (changes && !caller.isPlatformAdmin()) {
            throw DomainException.forbidden("organisation.role.platform-admin-grant",
                    "单位管理员不能授予或撤销“平台管理员”角色，请联系平台管理员办理。");
        }
    }

    /** Refuses to take away the last active unit administrator of the person's unit. */
    private void requireAnotherUnitAdmin(Person person, String what) {
        if (!person.isActive() || !person.getRoles().contains(Role.UNIT_ADMIN)) {
            return;
        }
        long others = em.createQuery("select count(p) from Person p join p.roles r where p.unit = :u"
                        + " and p.active = true and r = :admin and p <> :me", Long.class)
                .setParameter("u", person.getUnit()).setParameter("admin", Role.UNIT_ADMIN)
                .setParameter("me", person).getSingleResult();
        if (others == 0) {
            throw DomainException.conflict("organisation.unit.last-unit-admin",
                    person.getName() + "是本单位唯一的单位管理员，不能" + what + "。请先为本单位另设一名单位管理员。");
        }
    }

    private void requireLoginNameFree(LoginName login) {
        Long taken = em.createQuery("select count(p) from Person p where p.username = :n", Long.class)
                .setParameter("n", login).getSingleResult();
        if (taken > 0) {
            throw loginTaken(login);
        }
    }

    private void flushOrConflict(LoginName login) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two administrators chose the same login name at the same moment: the unique constraint decides.
            throw loginTaken(login);
        }
    }

    private static DomainException loginTaken(LoginName login) {
        return DomainException.conflict("organisation.login-name.taken",
                "登录名 " + login + " 已被使用，请换一个（如在姓名全拼后加数字：" + login + "2）。");
    }
}
