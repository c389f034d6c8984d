package cn.xietong.workflow.application;

import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The open tasks a person may act on — the one place of that rule, for the to-do list and its
 * counts: tasks assigned to them (or claimed by them); unclaimed tasks for a role they hold in their
 * unit (for the whole unit or their department); unclaimed tasks for anyone in their department.
 * The three sets do not overlap. Read as light rows by plain JDBC on the transaction's connection
 * (index seeks on {@code ix_wf_task_person_open}, {@code ix_wf_task_role_open},
 * {@code ix_wf_task_department_open}): a busy person has hundreds, and they need no entities.
 */
@Stateless
public class ActionableTasks {

    private static final Set<Role> NOT_WORKFLOW_ROLES = EnumSet.of(Role.PLATFORM_ADMIN);
    private static final String COLUMNS = "select id, due_at, created_at, instance_id from wf_task where state = 'OPEN' and ";

    /** An open task as the to-do list orders and counts it. */
    public record Row(UUID id, Instant dueAt, Instant createdAt, UUID instanceId) {
    }

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    public List<Row> of(Person p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.getRoles());
        roles.removeAll(NOT_WORKFLOW_ROLES);
        UUID unit = p.getUnit().getId();
        UUID department = p.getDepartment() == null ? null : p.getDepartment().getId();
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            read(c, COLUMNS + "assignee_person_id = ?", rows, p.getId());
            if (!roles.isEmpty()) {
                List<Object> parameters = new ArrayList<>();
                parameters.add(unit);
                roles.forEach(r -> parameters.add(r.name()));
                if (department != null) {
                    parameters.add(department);
                }
                read(c, COLUMNS + "unit_id = ? and assignee_role in (" + "?, ".repeat(roles.size() - 1) + "?) "
                        + "and assignee_person_id is null and (assignee_department_id is null"
                        + (department == null ? "" : " or assignee_department_id = ?") + ")", rows, parameters.toArray());
            }
            if (department != null) {
                read(c, COLUMNS + "assignee_department_id = ? and assignee_role is null and assignee_person_id is null",
                        rows, department);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the open tasks of " + p.getId() + " could not be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static void read(Connection c, String sql, List<Row> rows, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), instant(rs, 2), instant(rs, 3), rs.getObject(4, UUID.class)));
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
