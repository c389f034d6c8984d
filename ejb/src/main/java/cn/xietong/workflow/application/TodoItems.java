package cn.xietong.workflow.application;

import cn.xietong.workflow.model.Actor;
import cn.xietong.workflow.model.DocumentKind;
import cn.xietong.workflow.model.TaskState;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The tasks of one page of the to-do list, read by plain JDBC straight into what the list shows
 * (no entities: building and then discarding up to 200 of them was the larger part of a page's cost).
 */
@Stateless
public class TodoItems {

    /** One task as the page shows it, before the list adds why it is there (relation, 积压 reason). */
    public record Item(UUID id, UUID instanceId, UUID documentId, String title, DocumentKind kind, String drafterName,
                       int stepIndex, String stepType, String stepName, int seq, String assignee, TaskState state,
                       Instant createdAt, Instant dueAt, Instant lastActivityAt, int urgeCount, String sentBy,
                       String actedByName, String onBehalfOfName, String opinion, Instant actedAt, String cancelReason) {

        Views.TaskView view(Instant now, boolean stuck, String stuckReason, Views.Relation relation, String onBehalfOf) {
            return new Views.TaskView(id, instanceId, documentId, title, kind.name(), kind.chineseName(), drafterName,
                    stepIndex, stepType, stepName, seq, assignee, state.name(), state.chineseName(), createdAt, dueAt,
                    state == TaskState.OPEN && dueAt != null && dueAt.isBefore(now), stuck, stuckReason, relation,
                    onBehalfOf, urgeCount, sentBy, actedByName == null ? null : Actor.display(actedByName, onBehalfOfName),
                    opinion, actedAt, cancelReason);
        }

        boolean idleSince(Instant cutoff) {
            return state == TaskState.OPEN && lastActivityAt.isBefore(cutoff);
        }
    }

    @Resource(lookup = "java:jboss/datasources/XietongDS")
    private DataSource dataSource;

    /** The tasks with these ids, by id (a task deleted meanwhile is absent). */
    public Map<UUID, Item> byId(Collection<UUID> ids) {
        Map<UUID, Item> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String sql = "select id, instance_id, document_id, title, kind, drafter_name, step_index, step_type, step_name, seq, "
                + "assignee_label, state, created_at, due_at, last_activity_at, urge_count, sent_by_name, acted_by_name, "
                + "on_behalf_of_name, opinion, acted_at, cancel_reason from wf_task where id in ("
                + "?, ".repeat(ids.size() - 1) + "?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (UUID id : ids) {
                s.setObject(p++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Item item = new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4), DocumentKind.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7),
                            rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11), TaskState.valueOf(rs.getString(12)),
                            instant(rs, 13), instant(rs, 14), instant(rs, 15), rs.getInt(16), rs.getString(17), rs.getString(18),
                            rs.getString(19), rs.getString(20), instant(rs, 21), rs.getString(22));
                    out.put(item.id(), item);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the to-do list's tasks could not be read: " + e.getMessage(), e);
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
