package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.LoginName;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.SqlValues;
import cn.xietong.workflow.model.Actor;
import cn.xietong.workflow.model.Delegation;
import cn.xietong.workflow.model.Task;
import cn.xietong.workflow.model.UnitContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act on a task, read from the organisation: the assignee person, or the active holders of
 * the task's role in its unit (and department), or their delegates (委托) during the delegation.
 * Also finds tasks nobody active can act on (积压 for the unit's leaders and administrators).
 */
@Stateless
public class WorkflowPeople {

    /**
     * Open tasks for which no active person of the unit is eligible (the assignee or every holder of
     * the role was deactivated). One SQL over the unit's open tasks.
     */
    private static final String ORPHANS = """
            select t.id from wf_task t
            where t.state = 'OPEN' and %s and not exists (
              select 1 from org_person p
              where p.unit_id = t.unit_id and p.active = true and (
                p.id = t.assignee_person_id
                or (t.assignee_person_id is null
                    and (t.assignee_department_id is null or p.department_id = t.assignee_department_id)
                    and (t.assignee_role is null or exists (
                      select 1 from org_person_role r where r.person_id = p.id and r.role_name = t.assignee_role)))))
            """;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    public Person person(Caller caller) {
        Person p = em.find(Person.class, caller.personId());
        if (p == null || !p.isActive()) {
            throw DomainException.forbidden("workflow.person.inactive", "您的账号已停用或不存在，不能办理公文。");
        }
        return p;
    }

    public Person find(UUID id) {
        return id == null ? null : em.find(Person.class, id);
    }

    /** An active colleague in {@code unitId}, or a refusal that says what is wrong. */
    public Person colleague(UUID unitId, UUID personId, String what) {
        if (personId == null) {
            throw DomainException.invalid("workflow.person.missing", "请指定" + what + "（personId）。");
        }
        Person p = em.find(Person.class, personId);
        if (p == null || !p.getUnit().getId().equals(unitId)) {
            throw DomainException.invalid("workflow.person.not-in-unit", what + "须是本单位人员（编号 " + personId + " 不在本单位）。");
        }
        if (!p.isActive()) {
            throw DomainException.invalid("workflow.person.inactive-target", what + "“" + p.getName() + "”已停用，请选择其他人员。");
        }
        return p;
    }

    public Department department(UUID unitId, UUID departmentId) {
        Department d = departmentId == null ? null : em.find(Department.class, departmentId);
        if (d == null || !d.getUnitId().equals(unitId)) {
            throw DomainException.invalid("workflow.department.not-in-unit", "本单位没有编号为 " + departmentId + " 的处室。");
        }
        return d;
    }

    public Department departmentNamed(UUID unitId, String name) {
        List<Department> found = em.createQuery("select d from Department d where d.unitId = :u and d.name = :n", Department.class)
                .setParameter("u", unitId).setParameter("n", name).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public Person personNamed(String login) {
        LoginName name;
        try {
            name = LoginName.of(login);
        } catch (DomainException e) {
            return null;
        }
        List<Person> found = em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", name).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The unit as template validation sees it. */
    public UnitContext unitContext(UUID unitId) {
        return new UnitContext() {
            @Override
            public boolean hasDepartment(String name) {
                return departmentNamed(unitId, name) != null;
            }

            @Override
            public PersonStatus person(String login) {
                Person p = personNamed(login);
                if (p == null) {
                    return PersonStatus.UNKNOWN;
                }
                if (!p.getUnit().getId().equals(unitId)) {
                    return PersonStatus.OTHER_UNIT;
                }
                return p.isActive() ? PersonStatus.ACTIVE : PersonStatus.INACTIVE;
            }
        };
    }

    /** Delegations to {@code delegateId} in force at {@code now}. */
    public List<Delegation> delegationsTo(UUID delegateId, Instant now) {
        return em.createQuery("select d from Delegation d where d.delegateId = :p and d.revokedAt is null "
                        + "and d.startsAt <= :now and d.endsAt > :now", Delegation.class)
                .setParameter("p", delegateId).setParameter("now", now).getResultList();
    }

    /** How the caller acts on the task — themselves or as a principal's delegate — or null if they may not. */
    public Actor actorFor(Person me, Task t, Instant now) {
        if (Eligibility.eligible(me, t)) {
            return Actor.self(me.getId(), me.getName());
        }
        if (!me.isActive()) {
            return null;
        }
        for (Delegation d : delegationsTo(me.getId(), now)) {
            Person principal = em.find(Person.class, d.getPrincipalId());
            if (Eligibility.eligible(principal, t)) {
                return new Actor(me.getId(), me.getName(), principal.getId(), principal.getName());
            }
        }
        return null;
    }

    /** As {@link #actorFor}, refusing with a reason. */
    public Actor requireActor(Person me, Task t, Instant now) {
        Actor a = actorFor(me, t, now);
        if (a == null) {
            throw DomainException.forbidden("workflow.task.not-assignee",
                    "您不是该待办的办理人（办理人：" + t.getAssigneeLabel() + "），也没有受其委托。");
        }
        return a;
    }

    /** Everyone who sees the task on their to-do list: eligible active people and their current delegates. */
    public Set<UUID> whoSees(Task t, Instant now) {
        Set<UUID> people = new LinkedHashSet<>(eligiblePeople(t));
        if (!people.isEmpty()) {
            people.addAll(em.createQuery("select d.delegateId from Delegation d where d.principalId in :ps "
                            + "and d.revokedAt is null and d.startsAt <= :now and d.endsAt > :now", UUID.class)
                    .setParameter("ps", people).setParameter("now", now).getResultList());
        }
        return people;
    }

    public List<UUID> eligiblePeople(Task t) {
        if (t.getAssigneePersonId() != null) {
            Person p = em.find(Person.class, t.getAssigneePersonId());
            return p != null && p.isActive() ? List.of(p.getId()) : List.of();
        }
        StringBuilder q = new StringBuilder("select distinct p.id from Person p");
        if (t.getAssigneeRole() != null) {
            q.append(" join p.roles r");
        }
        q.append(" where p.unit.id = :u and p.active = true");
        if (t.getAssigneeRole() != null) {
            q.append(" and r = :role");
        }
        if (t.getAssigneeDepartmentId() != null) {
            q.append(" and p.department.id = :d");
        }
        var query = em.createQuery(q.toString(), UUID.class).setParameter("u", t.getUnitId()).setMaxResults(200);
        if (t.getAssigneeRole() != null) {
            query.setParameter("role", t.getAssigneeRole());
        }
        if (t.getAssigneeDepartmentId() != null) {
            query.setParameter("d", t.getAssigneeDepartmentId());
        }
        return query.getResultList();
    }

    /** The unit's active leaders and unit administrators: who sees its stuck and overdue work. */
    public List<UUID> supervisors(UUID unitId) {
        return em.createQuery("select distinct p.id from Person p join p.roles r where p.unit.id = :u "
                        + "and p.active = true and r in :roles", UUID.class)
                .setParameter("u", unitId).setParameter("roles", Set.of(Role.LEADER, Role.UNIT_ADMIN)).getResultList();
    }


    /** An open task of a unit as its leaders' to-do list needs it, and whether no active person can act on it. */
    public record OpenTask(UUID id, UUID instanceId, Instant dueAt, Instant createdAt, Instant lastActivityAt,
                           boolean orphaned) {
    }

    /**
     * The unit's open tasks, each marked orphaned if no active person of the unit can act on it —
     * what {@link #ORPHANS} finds for one unit, computed here from two reads: the unit's active
     * people with their departments and roles, and the unit's open tasks (index {@code
     * ix_wf_task_unit_due}). {@link #ORPHANS} as one SQL let PostgreSQL hash every role grant of the
     * platform (a seq scan of org_person_role, 40 ms with a 36,638-person city) for each leader's
     * to-do list. The same read of the open tasks gives the leader's overdue and idle ones.
     */
    public List<OpenTask> unitOpenTasks(UUID unitId) {
        Set<UUID> people = new HashSet<>();
        Set<UUID> departments = new HashSet<>();
        Set<String> roles = new HashSet<>();
        List<OpenTask> tasks = new ArrayList<>();
        // Plain JDBC on the transaction's connection: a leader's unit may have thousands of open tasks,
        // and these few columns need no entities (Hibernate's row handling cost more than the query).
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select p.id, p.department_id, r.role_name from org_person p "
                    + "left join org_person_role r on r.person_id = p.id where p.unit_id = ? and p.active = true")) {
                s.setObject(1, unitId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID department = rs.getObject(2, UUID.class);
                        people.add(rs.getObject(1, UUID.class));
                        if (department != null) {
                            departments.add(department);
                        }
                        String role = rs.getString(3);
                        if (role != null) {
                            roles.add(role + "|");                      // the role anywhere in the unit
                            if (department != null) {
                                roles.add(role + "|" + department);     // the role in that department
                            }
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select id, assignee_person_id, assignee_role, assignee_department_id, "
                    + "instance_id, due_at, created_at, last_activity_at from wf_task where unit_id = ? and state = 'OPEN'")) {
                s.setObject(1, unitId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID person = rs.getObject(2, UUID.class);
                        String role = rs.getString(3);
                        UUID department = rs.getObject(4, UUID.class);
                        boolean someone;
                        if (person != null) {
                            someone = people.contains(person);
                        } else if (role != null) {
                            someone = roles.contains(role + "|" + (department == null ? "" : department));
                        } else {
                            someone = department != null && departments.contains(department);
                        }
                        tasks.add(new OpenTask(rs.getObject(1, UUID.class), rs.getObject(5, UUID.class), instant(rs, 6),
                                instant(rs, 7), instant(rs, 8), !someone));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the unit's open tasks could not be read: " + e.getMessage(), e);
        }
        return tasks;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Open tasks anywhere that no active person can act on and no one was told about yet. */
    public List<UUID> orphanedTasksNotNotified() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(ORPHANS.formatted("t.stuck_notified_at is null"))
                .setMaxResults(500).getResultList();
        return uuids(rows);
    }

    public boolean isOrphaned(Task t) {
        return eligiblePeople(t).isEmpty();
    }

    private static List<UUID> uuids(List<Object> rows) {
        List<UUID> ids = new ArrayList<>();
        for (Object r : rows) {
            ids.add(SqlValues.uuid(r));
        }
        return ids;
    }
}
