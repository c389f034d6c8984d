package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One piece of work at one step of an instance for one assignee: a person, a role in the unit, a role
 * in a department or anyone of a department (the last three claimable by whoever holds them). A
 * countersign step has one task per signer. The instance's title and kind are copied here so that a
 * to-do list reads one table.
 *
 * <p>{@link #sentFromTaskId} is the task whose approval opened this one (null: the drafter's
 * submission); withdrawal (撤回) follows it back.
 */
@Entity
@Table(name = "wf_task")
public class Task {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** The step index of the drafter's own task (修改后重新提交) after a return or withdrawal to the drafter. */
    public static final int DRAFTER_STEP = -1;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "instance_id", nullable = false, updatable = false)
    private UUID instanceId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "drafter_name", nullable = false, updatable = false, length = 50)
    private String drafterName;

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_type", length = 16, updatable = false)
    private StepType stepType;

    @Column(name = "step_name", nullable = false, updatable = false, length = 50)
    private String stepName;

    @Column(name = "activation", nullable = false, updatable = false)
    private int activation;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "assignee_person_id")
    private UUID assigneePersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_role", length = 32)
    private Role assigneeRole;

    @Column(name = "assignee_department_id")
    private UUID assigneeDepartmentId;

    @Column(name = "assignee_label", nullable = false, length = 120)
    private String assigneeLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private TaskState state;

    @Column(name = "cancel_reason", length = 100)
    private String cancelReason;

    @Column(name = "acted_by_id")
    private UUID actedById;

    @Column(name = "acted_by_name", length = 50)
    private String actedByName;

    @Column(name = "on_behalf_of_id")
    private UUID onBehalfOfId;

    @Column(name = "on_behalf_of_name", length = 50)
    private String onBehalfOfName;

    @Column(name = "opinion", length = 2000)
    private String opinion;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "sent_from_task_id")
    private UUID sentFromTaskId;

    @Column(name = "sent_by_name", length = 50)
    private String sentByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "urge_count", nullable = false)
    private int urgeCount;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "stuck_notified_at")
    private Instant stuckNotifiedAt;

    protected Task() {
    }

    /** Who a new task is for: a person, or a role and/or department; and how to show it. */
    public record Assignment(UUID personId, Role role, UUID departmentId, String label) {

        public static Assignment person(UUID personId, String name) {
            return new Assignment(personId, null, null, name);
        }

        public Assignment {
            if (personId == null && role == null && departmentId == null) {
                throw new IllegalArgumentException("an assignment needs a person, a role or a department");
            }
        }
    }

    public Task(ProcessInstance instance, int stepIndex, StepType stepType, String stepName, int seq,
                Assignment who, TaskState initial, UUID sentFromTaskId, String sentByName, Duration deadline, Instant now) {
        if (initial != TaskState.OPEN && initial != TaskState.WAITING) {
            throw new IllegalArgumentException("a task starts open or waiting");
        }
        this.id = UUID.randomUUID();
        this.instanceId = instance.getId();
        this.documentId = instance.getDocumentId();
        this.unitId = instance.getUnitId();
        this.kind = instance.getKind();
        this.title = instance.getTitle();
        this.drafterName = instance.getDrafterName();
        this.stepIndex = stepIndex;
        this.stepType = stepType;
        this.stepName = stepName;
        this.activation = instance.getActivation();
        this.seq = seq;
        this.assigneePersonId = who.personId();
        this.assigneeRole = who.personId() == null ? who.role() : null;
        this.assigneeDepartmentId = who.personId() == null ? who.departmentId() : null;
        this.assigneeLabel = who.label();
        this.state = initial;
        this.sentFromTaskId = sentFromTaskId;
        this.sentByName = sentByName;
        this.createdAt = now;
        this.lastActivityAt = now;
        this.dueAt = initial == TaskState.OPEN && deadline != null ? now.plus(deadline) : null;
    }

    /** A new open task for the same step and place in the sequence, for someone else (转办, 撤回 reopening). */
    public Task copyFor(Assignment who, ProcessInstance instance, boolean keepDeadline, Duration deadline, Instant now) {
        Task t = new Task();
        t.id = UUID.randomUUID();
        t.instanceId = instanceId;
        t.documentId = documentId;
        t.unitId = unitId;
        t.kind = kind;
        t.title = title;
        t.drafterName = drafterName;
        t.stepIndex = stepIndex;
        t.stepType = stepType;
        t.stepName = stepName;
        t.activation = activation;
        t.seq = seq;
        t.assigneePersonId = who.personId();
        t.assigneeRole = who.personId() == null ? who.role() : null;
        t.assigneeDepartmentId = who.personId() == null ? who.departmentId() : null;
        t.assigneeLabel = who.label();
        t.state = TaskState.OPEN;
        t.sentFromTaskId = sentFromTaskId;
        t.sentByName = sentByName;
        t.createdAt = now;
        t.lastActivityAt = now;
        t.dueAt = keepDeadline ? dueAt : deadline == null ? null : now.plus(deadline);
        return t;
    }

    /** A signer added later (加签) joins the round of {@code sibling}; call before persisting. */
    public void joinRoundOf(Task sibling) {
        this.activation = sibling.activation;
    }

    // ---- the state machine ----

    /** 同意: closes an open task with the actor's opinion. */
    public void approve(Actor actor, String opinion, Instant now) {
        requireOpen();
        close(TaskState.APPROVED, actor, opinion, now);
    }

    /** 退回: closes an open task; the reason is required. */
    public void returnWith(Actor actor, String reason, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("workflow.return.reason-missing", "退回时请填写退回理由，让对方知道需要修改什么。");
        }
        close(TaskState.RETURNED, actor, reason, now);
    }

    /** 转办: closes an open task; the colleague gets a new one. */
    public void transfer(Actor actor, String note, Instant now) {
        requireOpen();
        close(TaskState.TRANSFERRED, actor, note, now);
    }

    /** Cancelled from outside (a return elsewhere, a withdrawal, 减签). */
    public void cancel(String reason, Instant now) {
        if (!state.isPending()) {
            throw new IllegalStateException("only a pending task can be cancelled, this one is " + state);
        }
        state = TaskState.CANCELLED;
        cancelReason = reason;
        lastActivityAt = now;
    }

    /**
     * A waiting signer's turn comes (sequential countersign) because {@code previous} was approved
     * (or removed); the deadline starts now, and withdrawing {@code previous} puts this one back.
     */
    public void openAfter(Task previous, Duration deadline, Instant now) {
        if (state != TaskState.WAITING) {
            throw new IllegalStateException("only a waiting task opens, this one is " + state);
        }
        state = TaskState.OPEN;
        if (previous != null && previous.getState() == TaskState.APPROVED) {
            sentFromTaskId = previous.getId();
            sentByName = Actor.display(previous.getActedByName(), previous.getOnBehalfOfName());
        }
        createdAt = now;
        lastActivityAt = now;
        dueAt = deadline == null ? null : now.plus(deadline);
    }

    /** Back to waiting (a sequential signer whose turn was withdrawn). */
    public void backToWaiting(Instant now) {
        if (state != TaskState.OPEN) {
            throw new IllegalStateException("only an open task goes back to waiting");
        }
        state = TaskState.WAITING;
        dueAt = null;
        lastActivityAt = now;
    }

    /** 认领: a role or department task becomes the person's own. */
    public void claim(UUID personId, String name, Instant now) {
        requireOpen();
        if (assigneePersonId != null) {
            throw DomainException.conflict("workflow.task.already-personal",
                    "该待办已指定由" + assigneeLabel + "办理，无需认领。");
        }
        assigneePersonId = personId;
        assigneeRole = null;
        assigneeDepartmentId = null;
        assigneeLabel = name;
        lastActivityAt = now;
    }

    public void urged(Instant now) {
        urgeCount++;
    }

    public void moveTo(int newSeq) {
        seq = newSeq;
    }

    public void overdueNotified(Instant now) {
        overdueNotifiedAt = now;
    }

    public void stuckNotified(Instant now) {
        stuckNotifiedAt = now;
    }

    public boolean isOverdue(Instant now) {
        return state == TaskState.OPEN && dueAt != null && dueAt.isBefore(now);
    }

    public boolean isIdleSince(Instant cutoff) {
        return state == TaskState.OPEN && lastActivityAt.isBefore(cutoff);
    }

    private void close(TaskState to, Actor actor, String opinion, Instant now) {
        state = to;
        actedById = actor.personId();
        actedByName = actor.name();
        onBehalfOfId = actor.onBehalfOfId();
        onBehalfOfName = actor.onBehalfOfName();
        this.opinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
        actedAt = now;
        lastActivityAt = now;
    }

    /** Refuses acting on a task that is not open, saying what happened to it. */
    public void requireOpen() {
        if (state == TaskState.OPEN) {
            return;
        }
        throw DomainException.conflict("workflow.task.not-open", whyNotOpen());
    }

    public String whyNotOpen() {
        return switch (state) {
            case OPEN -> "该待办可以办理。";
            case WAITING -> "还没轮到该会签人办理（顺序会签，前面的会签人尚未办理）。";
            case APPROVED, RETURNED, TRANSFERRED -> "该待办已由" + Actor.display(actedByName, onBehalfOfName) + "于"
                    + WHEN.format(actedAt) + state.chineseName().replace("已", "") + "，无需重复办理；请刷新待办列表。";
            case CANCELLED -> "该待办已取消（" + (cancelReason == null ? "流程已变化" : cancelReason) + "），请刷新待办列表。";
        };
    }

    /** What someone's action on this task was, for a refusal: "张三（代李四）于 5月3日 10:20 同意". */
    public String actedDescription() {
        return Actor.display(actedByName, onBehalfOfName) + "已于" + WHEN.format(actedAt) + state.chineseName().replace("已", "");
    }

    public boolean isPersonal() {
        return assigneePersonId != null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getInstanceId() {
        return instanceId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDrafterName() {
        return drafterName;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public StepType getStepType() {
        return stepType;
    }

    public String getStepName() {
        return stepName;
    }

    public int getActivation() {
        return activation;
    }

    public int getSeq() {
        return seq;
    }

    public UUID getAssigneePersonId() {
        return assigneePersonId;
    }

    public Role getAssigneeRole() {
        return assigneeRole;
    }

    public UUID getAssigneeDepartmentId() {
        return assigneeDepartmentId;
    }

    public String getAssigneeLabel() {
        return assigneeLabel;
    }

    public TaskState getState() {
        return state;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public UUID getActedById() {
        return actedById;
    }

    public String getActedByName() {
        return actedByName;
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

    public Instant getActedAt() {
        return actedAt;
    }

    public UUID getSentFromTaskId() {
        return sentFromTaskId;
    }

    public String getSentByName() {
        return sentByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getUrgeCount() {
        return urgeCount;
    }

    public Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public Instant getStuckNotifiedAt() {
        return stuckNotifiedAt;
    }
}
