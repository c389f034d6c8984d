package cn.xietong.workflow.application;

import cn.xietong.workflow.model.Actor;
import cn.xietong.workflow.model.AssigneeRule;
import cn.xietong.workflow.model.HistoryEntry;
import cn.xietong.workflow.model.ProcessDefinition;
import cn.xietong.workflow.model.ProcessInstance;
import cn.xietong.workflow.model.StepDefinition;
import cn.xietong.workflow.model.Task;
import cn.xietong.workflow.model.TemplateJson;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the workflow services hand out: plain records, ready for JSON. */
public final class Views {

    private Views() {
    }

    /** Why a task is on someone's list: their own, a principal's (委托), or one their unit's leader watches (督办). */
    public enum Relation { ASSIGNED, DELEGATED, SUPERVISION }

    public record TaskView(UUID id, UUID instanceId, UUID documentId, String title, String kind, String kindName,
                           String drafterName, int stepIndex, String stepType, String stepName, int seq,
                           String assignee, String state, String stateName, Instant createdAt, Instant dueAt,
                           boolean overdue, boolean stuck, String stuckReason, Relation relation, String onBehalfOf,
                           int urgeCount, String sentBy, String actedBy, String opinion, Instant actedAt,
                           String cancelReason) {

        static TaskView of(Task t, Instant now, boolean stuck, String stuckReason, Relation relation, String onBehalfOf) {
            return new TaskView(t.getId(), t.getInstanceId(), t.getDocumentId(), t.getTitle(), t.getKind().name(),
                    t.getKind().chineseName(), t.getDrafterName(), t.getStepIndex(),
                    t.getStepType() == null ? null : t.getStepType().name(), t.getStepName(), t.getSeq(),
                    t.getAssigneeLabel(), t.getState().name(), t.getState().chineseName(), t.getCreatedAt(),
                    t.getDueAt(), t.isOverdue(now), stuck, stuckReason, relation, onBehalfOf, t.getUrgeCount(),
                    t.getSentByName(), t.getActedByName() == null ? null : Actor.display(t.getActedByName(), t.getOnBehalfOfName()),
                    t.getOpinion(), t.getActedAt(), t.getCancelReason());
        }
    }

    public record HistoryView(int position, Instant at, String action, String actionName, int stepIndex, String stepName,
                              String actor, String actorName, String onBehalfOfName, String opinion, String detail) {

        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.getPosition(), h.getAt(), h.getAction().name(), h.getAction().chineseName(),
                    h.getStepIndex(), h.getStepName(),
                    h.getActorName() == null ? null : Actor.display(h.getActorName(), h.getOnBehalfOfName()),
                    h.getActorName(), h.getOnBehalfOfName(), h.getOpinion(), h.getDetail());
        }
    }

    public record StepView(int index, String type, String typeName, String name, String mode, boolean chosenAtSubmit,
                           String signerRole, List<String> assignees, String deadline) {

        static List<StepView> of(ProcessDefinition d) {
            java.util.ArrayList<StepView> out = new java.util.ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                StepDefinition s = d.step(i);
                out.add(new StepView(i, s.type().name(), s.type().chineseName(), s.name(),
                        s.mode() == null ? null : s.mode().name(), s.chosenAtSubmit(),
                        s.signerRole() == null ? null : s.signerRole().name(),
                        s.assignees().stream().map(AssigneeRule::describe).toList(),
                        s.deadline() == null ? null : TemplateJson.duration(s.deadline())));
            }
            return out;
        }
    }

    public record InstanceSummary(UUID id, UUID documentId, String title, String kind, String kindName, String state,
                                  String stateName, int currentStep, String currentStepName, String drafterName,
                                  Instant startedAt, Instant endedAt) {

        static InstanceSummary of(ProcessInstance i, ProcessDefinition d) {
            return new InstanceSummary(i.getId(), i.getDocumentId(), i.getTitle(), i.getKind().name(),
                    i.getKind().chineseName(), i.getState().name(), i.getState().chineseName(), i.getCurrentStep(),
                    stepName(i, d), i.getDrafterName(), i.getStartedAt(), i.getEndedAt());
        }
    }

    public record InstanceView(UUID id, UUID documentId, String title, String kind, String kindName, String state,
                               String stateName, int templateVersion, int currentStep, String currentStepName,
                               UUID drafterId, String drafterName, Instant startedAt, Instant endedAt,
                               List<StepView> steps, List<TaskView> tasks, List<HistoryView> history) {
    }

    public record TemplateSummary(String kind, String kindName, int version, boolean builtIn, String name,
                                  int steps, String updatedBy, Instant updatedAt) {
    }

    public record TemplateView(String kind, String kindName, int version, boolean builtIn, String name,
                               List<StepView> steps, String json) {
    }

    public record DelegationView(UUID id, UUID principalId, String principalName, UUID delegateId, String delegateName,
                                 Instant from, Instant until, boolean active, Instant revokedAt) {
    }

    public record NotificationView(UUID id, String kind, String message, UUID instanceId, UUID taskId, Instant createdAt) {
    }

    public record TodoCounts(long todo, long overdue, long unread) {
    }

    /**
     * One page of the to-do list (待办): its items, the page (from 1), its size, how many items the
     * whole list has ({@code total}) and on how many pages; of them {@code own} the caller's own and
     * delegated work, {@code overdue} of those past their deadline, {@code supervision} the unit's
     * overdue and stuck work a leader watches (督办, after the own work).
     */
    public record TodoPage(List<TaskView> items, int page, int size, long total, long pages, long own, long overdue,
                           long supervision) {
    }

    public record SweepResult(int overdue, int stuck) {
    }

    static String stepName(ProcessInstance i, ProcessDefinition d) {
        if (!i.isRunning()) {
            return i.getState().chineseName();
        }
        int step = i.getCurrentStep();
        return step == Task.DRAFTER_STEP ? "拟稿人修改" : d.step(step).name();
    }
}
