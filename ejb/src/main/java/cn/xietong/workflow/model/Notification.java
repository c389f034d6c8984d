package cn.xietong.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A message for a person about a task: 催办 urged, 超时 overdue, 积压 stuck, 退回 returned. Read in their notification list. */
@Entity
@Table(name = "wf_notification")
public class Notification {

    public enum Kind { URGED, OVERDUE, STUCK, RETURNED }

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "task_id", updatable = false)
    private UUID taskId;

    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private String kind;

    @Column(name = "message", nullable = false, updatable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(UUID personId, UUID instanceId, UUID taskId, Kind kind, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.instanceId = instanceId;
        this.taskId = taskId;
        this.kind = kind.name();
        this.message = message.length() > 500 ? message.substring(0, 499) + "…" : message;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getInstanceId() {
        return instanceId;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public String getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
