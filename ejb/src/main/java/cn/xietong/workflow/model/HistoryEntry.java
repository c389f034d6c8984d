package cn.xietong.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of an instance's history (办理记录): who, when, what, at which step, with which opinion, for whom. */
@Entity
@Table(name = "wf_history")
public class HistoryEntry {

    @Id
    private UUID id;

    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 32)
    private HistoryAction action;

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Column(name = "step_name", length = 50, updatable = false)
    private String stepName;

    @Column(name = "task_id", updatable = false)
    private UUID taskId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "actor_name", length = 50, updatable = false)
    private String actorName;

    @Column(name = "on_behalf_of_id", updatable = false)
    private UUID onBehalfOfId;

    @Column(name = "on_behalf_of_name", length = 50, updatable = false)
    private String onBehalfOfName;

    @Column(name = "opinion", length = 2000, updatable = false)
    private String opinion;

    @Column(name = "detail", length = 500, updatable = false)
    private String detail;

    protected HistoryEntry() {
    }

    public HistoryEntry(ProcessInstance instance, HistoryAction action, int stepIndex, String stepName, UUID taskId,
                        Actor actor, String opinion, String detail, Instant at) {
        this.id = UUID.randomUUID();
        this.instanceId = instance.getId();
        this.position = instance.nextHistoryPosition();
        this.at = at;
        this.action = action;
        this.stepIndex = stepIndex;
        this.stepName = stepName;
        this.taskId = taskId;
        if (actor != null) {
            this.actorId = actor.personId();
            this.actorName = actor.name();
            this.onBehalfOfId = actor.onBehalfOfId();
            this.onBehalfOfName = actor.onBehalfOfName();
        }
        this.opinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 499) + "…" : detail;
    }

    public UUID getInstanceId() {
        return instanceId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getAt() {
        return at;
    }

    public HistoryAction getAction() {
        return action;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public String getStepName() {
        return stepName;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public UUID getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public String getOnBehalfOfName() {
        return onBehalfOfName;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getDetail() {
        return detail;
    }
}
