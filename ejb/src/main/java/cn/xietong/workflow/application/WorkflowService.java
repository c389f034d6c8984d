package cn.xietong.workflow.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Department;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.Actor;
import cn.xietong.workflow.model.AssigneeRule;
import cn.xietong.workflow.model.DocumentKind;
import cn.xietong.workflow.model.HistoryAction;
import cn.xietong.workflow.model.HistoryEntry;
import cn.xietong.workflow.model.InstanceState;
import cn.xietong.workflow.model.Notification;
import cn.xietong.workflow.model.ProcessDefinition;
import cn.xietong.workflow.model.ProcessInstance;
import cn.xietong.workflow.model.ProcessInstance.ChosenSigner;
import cn.xietong.workflow.model.ProcessTemplate;
import cn.xietong.workflow.model.StepDefinition;
import cn.xietong.workflow.model.Task;
import cn.xietong.workflow.model.Task.Assignment;
import cn.xietong.workflow.model.TaskState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The operations on a document's route: start (提交), approve (同意), return (退回), withdraw (撤回),
 * transfer (转办), claim (认领), add and remove countersigners (加签/减签), urge (催办). Each checks
 * who may do it, locks the instance row first (so operations on one document never interleave: of
 * two people acting on one task at once, the second finds it done and gets 409), writes the history
 * and the audit entry in the same transaction.
 */
@Stateless
public class WorkflowService {

    public static final int OPINION_MAX = 2000;

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private TemplateService templates;

    @EJB
    private WorkflowPeople people;

    @EJB
    private AuditLog audit;

    /** A countersigner chosen at submit or added later: a department or a person; {@code step} defaults to the first such step. */
    public record SignerChoice(UUID departmentId, UUID personId, Integer step) {
    }

    public record StartRequest(UUID documentId, String title, DocumentKind kind, List<SignerChoice> signers) {
    }

    // ---- start ----

    public UUID start(Caller caller, StartRequest r) {
        caller.requireAnyRole(Role.DRAFTER);
        Person drafter = people.person(caller);
        if (r.kind() == null) {
            throw DomainException.invalid("workflow.instance.kind-missing", "请指定公文种类（kind）。" + DocumentKind.choices());
        }
        if (r.documentId() != null && !em.createQuery("select i.id from ProcessInstance i where i.documentId = :d "
                        + "and i.state = :s", UUID.class).setParameter("d", r.documentId())
                .setParameter("s", InstanceState.RUNNING).getResultList().isEmpty()) {
            throw DomainException.conflict("workflow.instance.already-running", "该公文已在流转中，不能重复提交。");
        }
        ProcessTemplate template = templates.forNewInstance(caller.unitId(), r.kind());
        ProcessDefinition d = templates.definition(template.getId());
        List<ChosenSigner> signers = chosenSigners(caller.unitId(), d, r.signers());
        Instant now = now();
        ProcessInstance instance = new ProcessInstance(caller.unitId(), template, r.documentId(), r.title(),
                drafter.getId(), drafter.getName(), signers, now);
        em.persist(instance);
        Actor me = Actor.self(drafter.getId(), drafter.getName());
        history(instance, HistoryAction.SUBMITTED, Task.DRAFTER_STEP, "拟稿", null, me, null,
                "按“" + d.name() + "”（第 " + template.getTemplateVersion() + " 版）流转", now);
        activate(instance, d, 0, null, me.display(), now);
        audit(caller, "workflow.instance.started", instance, r.kind().chineseName() + "《" + instance.getTitle() + "》");
        return instance.getId();
    }

    private List<ChosenSigner> chosenSigners(UUID unitId, ProcessDefinition d, List<SignerChoice> choices) {
        List<ChosenSigner> out = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            return out;
        }
        int defaultStep = d.firstChosenCountersign();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < choices.size(); n++) {
            SignerChoice c = choices.get(n);
            String at = "signers[" + n + "]";
            if (c == null) {
                throw DomainException.invalid("workflow.signer.invalid", at + "：不能为空。");
            }
            int step = c.step() == null ? defaultStep : c.step();
            if (step < 0 || step >= d.size() || !d.step(step).isCountersign() || !d.step(step).chosenAtSubmit()) {
                throw DomainException.invalid("workflow.signer.no-such-step", at + "：" + (defaultStep < 0
                        ? "该公文种类的流程模板没有需要提交时选择会签人的会签步骤，请不要指定会签人。"
                        : "步骤 " + step + " 不是提交时选择会签人的会签步骤。"));
            }
            ChosenSigner s = resolveChoice(unitId, c, at, step);
            if (!seen.add(s.step() + ":" + s.id())) {
                throw DomainException.invalid("workflow.signer.duplicate", at + "：重复选择了同一会签人。");
            }
            out.add(s);
        }
        return out;
    }

    private ChosenSigner resolveChoice(UUID unitId, SignerChoice c, String at, int step) {
        if ((c.departmentId() == null) == (c.personId() == null)) {
            throw DomainException.invalid("workflow.signer.invalid", at + "：请指定处室（departmentId）或人员（personId）之一。");
        }
        if (c.departmentId() != null) {
            return new ChosenSigner(step, true, people.department(unitId, c.departmentId()).getId());
        }
        return new ChosenSigner(step, false, people.colleague(unitId, c.personId(), "会签人").getId());
    }

    // ---- approve ----

    public void approve(Caller caller, UUID taskId, String opinion) {
        checkOpinion(opinion);
        Locked l = lockTask(caller, taskId);
        Instant now = now();
        Actor actor = people.requireActor(people.person(caller), l.task, now);
        ProcessDefinition d = templates.definition(l.instance.getTemplateId());
        Task task = l.task;
        task.approve(actor, opinion, now);
        if (task.getStepIndex() == Task.DRAFTER_STEP) {
            history(l.instance, HistoryAction.RESUBMITTED, Task.DRAFTER_STEP, task.getStepName(), task.getId(), actor, opinion, null, now);
            activate(l.instance, d, 0, task.getId(), actor.display(), now);
        } else {
            history(l.instance, HistoryAction.APPROVED, task.getStepIndex(), task.getStepName(), task.getId(), actor, opinion, null, now);
            continueAfter(l.instance, d, task, actor.display(), now);
        }
        audit(caller, "workflow.task.approved", l.instance, task.getStepName() + "：" + actor.display()
                + (opinion == null || opinion.isBlank() ? "" : "，意见：" + opinion.strip()));
        flush();
    }

    /** After {@code done} closed: the next sequential signer's turn, or wait for parallel signers, or the next step. */
    private void continueAfter(ProcessInstance instance, ProcessDefinition d, Task done, String sentBy, Instant now) {
        StepDefinition step = d.step(done.getStepIndex());
        if (step.isCountersign()) {
            List<Task> pending = pendingInActivation(done);
            if (pending.stream().anyMatch(t -> t.getState() == TaskState.OPEN)) {
                return;
            }
            Task next = pending.stream().min(Comparator.comparingInt(Task::getSeq)).orElse(null);
            if (next != null) {
                next.openAfter(done, step.deadline(), now);
                return;
            }
        }
        activate(instance, d, done.getStepIndex() + 1, lastApproved(done).getId(), sentBy, now);
    }

    // ---- return ----

    /** Sends the document back to an earlier step ({@code toStep}; -1 = the drafter; null = the step before). */
    public void returnTo(Caller caller, UUID taskId, Integer toStep, String reason) {
        checkOpinion(reason);
        Locked l = lockTask(caller, taskId);
        Instant now = now();
        Actor actor = people.requireActor(people.person(caller), l.task, now);
        Task task = l.task;
        if (task.getStepIndex() == Task.DRAFTER_STEP) {
            throw DomainException.invalid("workflow.return.from-drafter", "拟稿人的待办没有可以退回的上一步；如不再发文，请作废。");
        }
        int target = toStep == null ? task.getStepIndex() - 1 : toStep;
        ProcessDefinition d = templates.definition(l.instance.getTemplateId());
        if (target < Task.DRAFTER_STEP || target >= task.getStepIndex()) {
            throw DomainException.invalid("workflow.return.bad-step", "只能退回到之前的步骤：toStep 可取 -1（拟稿人）"
                    + (task.getStepIndex() > 0 ? " 至 " + (task.getStepIndex() - 1) + "（" + d.step(task.getStepIndex() - 1).name() + "）" : "")
                    + "，收到的是 " + toStep + "。");
        }
        task.returnWith(actor, reason, now);
        for (Task other : pending(l.instance.getId())) {
            other.cancel("因" + actor.display() + "退回而取消", now);
        }
        String targetName = target == Task.DRAFTER_STEP ? "拟稿人" : d.step(target).name();
        history(l.instance, HistoryAction.RETURNED, task.getStepIndex(), task.getStepName(), task.getId(), actor, reason,
                "退回至“" + targetName + "”", now);
        List<Task> reopened = reactivate(l.instance, d, target, task, actor.display(), now);
        for (Task t : reopened) {
            for (UUID p : people.whoSees(t, now)) {
                em.persist(new Notification(p, l.instance.getId(), t.getId(), Notification.Kind.RETURNED,
                        actor.display() + "将《" + l.instance.getTitle() + "》退回至“" + targetName + "”：" + reason.strip(), now));
            }
        }
        audit(caller, "workflow.task.returned", l.instance, task.getStepName() + " 退回至 " + targetName + "：" + reason.strip());
        flush();
    }

    /**
     * The step {@code target} becomes active again for the people who last agreed at it (a
     * countersign: all its signers, in their order); for the drafter when {@code target} is -1.
     */
    private List<Task> reactivate(ProcessInstance instance, ProcessDefinition d, int target, Task from, String sentBy, Instant now) {
        if (target == Task.DRAFTER_STEP) {
            return List.of(drafterTask(instance, "拟稿人修改", from == null ? null : from.getId(), sentBy, now));
        }
        List<Task> earlier = em.createQuery("select t from Task t where t.instanceId = :i and t.stepIndex = :s "
                        + "and t.state = :approved order by t.activation desc, t.seq", Task.class)
                .setParameter("i", instance.getId()).setParameter("s", target)
                .setParameter("approved", TaskState.APPROVED).getResultList();
        if (earlier.isEmpty()) {
            return activate(instance, d, target, from.getId(), sentBy, now);
        }
        int lastActivation = earlier.get(0).getActivation();
        Map<UUID, String> who = new LinkedHashMap<>();
        for (Task t : earlier) {
            if (t.getActivation() == lastActivation) {
                UUID responsible = t.getOnBehalfOfId() != null ? t.getOnBehalfOfId() : t.getActedById();
                who.putIfAbsent(responsible, t.getOnBehalfOfId() != null ? t.getOnBehalfOfName() : t.getActedByName());
            }
        }
        StepDefinition step = d.step(target);
        instance.activate(target);
        List<Task> created = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<UUID, String> e : who.entrySet()) {
            TaskState state = step.isSequential() && seq > 0 ? TaskState.WAITING : TaskState.OPEN;
            Task t = new Task(instance, target, step.type(), step.name(), seq++, Assignment.person(e.getKey(), e.getValue()),
                    state, from.getId(), sentBy, step.deadline(), now);
            em.persist(t);
            created.add(t);
        }
        return created;
    }

    // ---- withdraw ----

    /**
     * 撤回: the person who sent the document on takes it back, as long as nobody it went to has
     * acted. Refused with the name of whoever already acted (e.g. a parallel countersigner).
     */
    public void withdraw(Caller caller, UUID instanceId, String reason) {
        checkOpinion(reason);
        ProcessInstance instance = lockInstance(caller, instanceId);
        instance.requireRunning();
        Person me = people.person(caller);
        Instant now = now();
        List<Task> pending = pending(instance.getId());
        Task sender = null;
        boolean submission = false;
        for (Task p : pending) {
            if (p.getSentFromTaskId() == null) {
                if (p.getStepIndex() >= 0 && instance.getDrafterId().equals(me.getId())) {
                    submission = true;
                }
                continue;
            }
            Task from = em.find(Task.class, p.getSentFromTaskId());
            if (from != null && from.getState() == TaskState.APPROVED && actedBy(from, me.getId())
                    && (sender == null || from.getActedAt().isAfter(sender.getActedAt()))) {
                sender = from;
            }
        }
        if (sender == null && !submission) {
            throw DomainException.conflict("workflow.withdraw.not-sender",
                    "只有把公文发出的人才能撤回，且须在下一位办理人办理之前；您不是当前步骤的发送人，或公文已经往下流转。");
        }
        List<Task> children = sender != null
                ? em.createQuery("select t from Task t where t.sentFromTaskId = :f", Task.class)
                .setParameter("f", sender.getId()).getResultList()
                : em.createQuery("select t from Task t where t.instanceId = :i and t.sentFromTaskId is null "
                        + "and t.stepIndex >= 0 and t.activation = :a", Task.class)
                .setParameter("i", instance.getId()).setParameter("a", pending.stream()
                        .filter(t -> t.getSentFromTaskId() == null && t.getStepIndex() >= 0)
                        .findFirst().orElseThrow().getActivation()).getResultList();
        for (Task c : children) {
            if (c.getState().isActed()) {
                throw DomainException.conflict("workflow.withdraw.already-acted", "无法撤回：" + c.getStepName()
                        + "的办理人" + c.actedDescription() + "。请与其联系，或由其退回。");
            }
        }
        for (Task c : children) {
            if (!c.getState().isPending()) {
                continue;
            }
            boolean nextInSequence = sender != null && c.getStepIndex() == sender.getStepIndex()
                    && c.getActivation() == sender.getActivation() && c.getState() == TaskState.OPEN;
            if (nextInSequence) {
                c.backToWaiting(now);
            } else {
                c.cancel("发送人撤回", now);
            }
        }
        ProcessDefinition d = templates.definition(instance.getTemplateId());
        Actor actor = Actor.self(me.getId(), me.getName());
        if (sender == null) {
            instance.activate(Task.DRAFTER_STEP);
            drafterTask(instance, "拟稿人修改（已撤回）", null, null, now);
            history(instance, HistoryAction.WITHDRAWN, Task.DRAFTER_STEP, "拟稿", null, actor, reason, "撤回至拟稿人", now);
        } else {
            instance.resumeAt(sender.getStepIndex());
            Assignment back = sender.getOnBehalfOfId() != null
                    ? Assignment.person(sender.getOnBehalfOfId(), sender.getOnBehalfOfName())
                    : Assignment.person(me.getId(), me.getName());
            Task again = sender.copyFor(back, instance, false, stepDeadline(d, sender), now);
            em.persist(again);
            history(instance, HistoryAction.WITHDRAWN, sender.getStepIndex(), sender.getStepName(), again.getId(), actor,
                    reason, "撤回至“" + sender.getStepName() + "”", now);
        }
        audit(caller, "workflow.instance.withdrawn", instance, reason == null ? "" : reason.strip());
        flush();
    }

    private static boolean actedBy(Task t, UUID person) {
        return person.equals(t.getActedById()) || person.equals(t.getOnBehalfOfId());
    }

    // ---- transfer, claim ----

    /** 转办: hands the task to a colleague; a leader or unit administrator may also hand on a stuck task. */
    public void transfer(Caller caller, UUID taskId, UUID toPersonId, String note) {
        checkOpinion(note);
        Locked l = lockTask(caller, taskId);
        Instant now = now();
        Person me = people.person(caller);
        Actor actor = people.actorFor(me, l.task, now);
        if (actor == null) {
            boolean stuck = people.isOrphaned(l.task) || l.task.isIdleSince(now.minus(WorkflowSettings.stuckAfter()));
            if (!(Eligibility.isSupervisor(me) && me.getUnit().getId().equals(l.task.getUnitId()) && stuck)) {
                people.requireActor(me, l.task, now);
            }
            actor = Actor.self(me.getId(), me.getName());
        }
        Person target = people.colleague(l.task.getUnitId(), toPersonId, "转办对象");
        if (target.getId().equals(actor.responsibleId()) || target.getId().equals(me.getId())) {
            throw DomainException.invalid("workflow.transfer.to-self", "不能转办给自己，请选择一位同事。");
        }
        ProcessDefinition d = templates.definition(l.instance.getTemplateId());
        l.task.transfer(actor, note, now);
        Task handed = l.task.copyFor(Assignment.person(target.getId(), target.getName()), l.instance, true,
                stepDeadline(d, l.task), now);
        em.persist(handed);
        history(l.instance, HistoryAction.TRANSFERRED, l.task.getStepIndex(), l.task.getStepName(), handed.getId(), actor,
                note, "转办给" + target.getName(), now);
        audit(caller, "workflow.task.transferred", l.instance, l.task.getStepName() + " 转办给 " + target.getName());
        flush();
    }

    /** 认领: a task for a role or department becomes the caller's own (or their principal's). */
    public void claim(Caller caller, UUID taskId) {
        Locked l = lockTask(caller, taskId);
        Instant now = now();
        Actor actor = people.requireActor(people.person(caller), l.task, now);
        l.task.claim(actor.responsibleId(), actor.responsibleName(), now);
        history(l.instance, HistoryAction.CLAIMED, l.task.getStepIndex(), l.task.getStepName(), l.task.getId(), actor, null, null, now);
        audit(caller, "workflow.task.claimed", l.instance, l.task.getStepName());
        flush();
    }

    // ---- countersign: add and remove signers ----

    /**
     * 加签 during the active countersign: a parallel signer gets an open task at once, a sequential
     * one waits at the end (or right after {@code afterTaskId}). The drafter, a current signer or the
     * unit's leader may add.
     */
    public UUID addSigner(Caller caller, UUID instanceId, SignerChoice who, UUID afterTaskId) {
        ProcessInstance instance = lockInstance(caller, instanceId);
        instance.requireRunning();
        Instant now = now();
        Person me = people.person(caller);
        ProcessDefinition d = templates.definition(instance.getTemplateId());
        List<Task> round = currentCountersign(instance, d);
        boolean signer = round.stream().anyMatch(t -> t.getState() == TaskState.OPEN && people.actorFor(me, t, now) != null);
        if (!signer && !instance.getDrafterId().equals(me.getId()) && !me.holds(Role.LEADER)) {
            throw DomainException.forbidden("workflow.signer.add-not-allowed", "只有拟稿人、本次会签的会签人或单位领导才能加签。");
        }
        if (who == null) {
            throw DomainException.invalid("workflow.signer.invalid", "请指定要加签的处室（departmentId）或人员（personId）。");
        }
        int stepIndex = instance.getCurrentStep();
        StepDefinition step = d.step(stepIndex);
        Assignment a = assignment(instance.getUnitId(), resolveChoice(instance.getUnitId(), who, "加签", stepIndex), step);
        for (Task t : round) {
            if (t.getState() != TaskState.CANCELLED && t.getState() != TaskState.TRANSFERRED && sameAssignee(t, a)) {
                throw DomainException.conflict("workflow.signer.duplicate", a.label() + "已是本次会签的会签人。");
            }
        }
        Task first = round.get(0);
        int seq = round.stream().mapToInt(Task::getSeq).max().orElse(0) + 1;
        if (step.isSequential() && afterTaskId != null) {
            Task after = round.stream().filter(t -> t.getId().equals(afterTaskId) && t.getState().isPending()).findFirst()
                    .orElseThrow(() -> DomainException.invalid("workflow.signer.bad-position",
                            "afterTaskId 须是本次会签中尚未办理的会签人的待办。"));
            seq = after.getSeq() + 1;
            for (Task t : round) {
                if (t.getSeq() >= seq && t.getState().isPending()) {
                    t.moveTo(t.getSeq() + 1);
                }
            }
        }
        TaskState state = step.isSequential() ? TaskState.WAITING : TaskState.OPEN;
        Task added = new Task(instance, stepIndex, step.type(), step.name(), seq, a, state, first.getSentFromTaskId(),
                first.getSentByName(), step.deadline(), now);
        added.joinRoundOf(first);
        em.persist(added);
        history(instance, HistoryAction.SIGNER_ADDED, stepIndex, step.name(), added.getId(), Actor.self(me.getId(), me.getName()),
                null, "加签：" + a.label() + (step.isSequential() ? "（顺序第 " + (round.stream()
                        .filter(t -> t.getState() != TaskState.CANCELLED && t.getSeq() < added.getSeq()).count() + 1) + " 位）" : ""), now);
        audit(caller, "workflow.signer.added", instance, a.label());
        flush();
        return added.getId();
    }

    /** 减签: removes a signer who has not acted yet; the drafter or the unit's leader may remove. */
    public void removeSigner(Caller caller, UUID instanceId, UUID taskId) {
        ProcessInstance instance = lockInstance(caller, instanceId);
        instance.requireRunning();
        Instant now = now();
        Person me = people.person(caller);
        if (!instance.getDrafterId().equals(me.getId()) && !me.holds(Role.LEADER)) {
            throw DomainException.forbidden("workflow.signer.remove-not-allowed", "只有拟稿人或单位领导才能减签。");
        }
        ProcessDefinition d = templates.definition(instance.getTemplateId());
        List<Task> round = currentCountersign(instance, d);
        Task task = round.stream().filter(t -> t.getId().equals(taskId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("workflow.signer.not-found", "本次会签中没有这位会签人（待办编号 " + taskId + "）。"));
        if (!task.getState().isPending()) {
            throw DomainException.conflict("workflow.signer.already-acted", task.getState() == TaskState.CANCELLED
                    ? "该会签人已被移除。" : "会签人" + task.actedDescription() + "，不能减签。");
        }
        boolean othersRemain = round.stream().anyMatch(t -> t != task
                && (t.getState().isPending() || t.getState() == TaskState.APPROVED));
        if (!othersRemain) {
            throw DomainException.conflict("workflow.signer.last", "会签至少保留一位会签人；如不需要会签，请退回拟稿人修改。");
        }
        boolean wasOpen = task.getState() == TaskState.OPEN;
        task.cancel("减签", now);
        StepDefinition step = d.step(task.getStepIndex());
        history(instance, HistoryAction.SIGNER_REMOVED, task.getStepIndex(), task.getStepName(), task.getId(),
                Actor.self(me.getId(), me.getName()), null, "减签：" + task.getAssigneeLabel(), now);
        List<Task> pending = pendingInActivation(task);
        if (pending.stream().noneMatch(t -> t.getState() == TaskState.OPEN)) {
            Task next = pending.stream().min(Comparator.comparingInt(Task::getSeq)).orElse(null);
            if (next != null && wasOpen) {
                next.openAfter(null, step.deadline(), now);
            } else if (next == null) {
                Task last = lastApproved(task);
                activate(instance, d, task.getStepIndex() + 1, last.getId(),
                        Actor.display(last.getActedByName(), last.getOnBehalfOfName()), now);
            }
        }
        audit(caller, "workflow.signer.removed", instance, task.getAssigneeLabel());
        flush();
    }

    private List<Task> currentCountersign(ProcessInstance instance, ProcessDefinition d) {
        int step = instance.getCurrentStep();
        if (step < 0 || !d.step(step).isCountersign()) {
            throw DomainException.conflict("workflow.signer.not-countersign", "当前步骤（" + Views.stepName(instance, d)
                    + "）不是会签，不能加签或减签。");
        }
        List<Task> pending = pending(instance.getId()).stream().filter(t -> t.getStepIndex() == step).toList();
        if (pending.isEmpty()) {
            throw DomainException.conflict("workflow.signer.not-countersign", "当前没有进行中的会签。");
        }
        return em.createQuery("select t from Task t where t.instanceId = :i and t.stepIndex = :s and t.activation = :a "
                        + "order by t.seq", Task.class).setParameter("i", instance.getId()).setParameter("s", step)
                .setParameter("a", pending.get(0).getActivation()).getResultList();
    }

    private static boolean sameAssignee(Task t, Assignment a) {
        if (a.personId() != null) {
            return a.personId().equals(t.getAssigneePersonId()) || a.personId().equals(t.getActedById());
        }
        return t.getAssigneePersonId() == null && Objects.equals(a.departmentId(), t.getAssigneeDepartmentId())
                && Objects.equals(a.role(), t.getAssigneeRole());
    }

    // ---- urge ----

    /** 催办: every open task of the instance is urged; everyone who sees one gets a notification. */
    public int urge(Caller caller, UUID instanceId, String message) {
        checkOpinion(message);
        ProcessInstance instance = lockInstance(caller, instanceId);
        instance.requireRunning();
        Instant now = now();
        Person me = people.person(caller);
        boolean involved = instance.getDrafterId().equals(me.getId()) || me.holds(Role.LEADER)
                || !em.createQuery("select h.id from HistoryEntry h where h.instanceId = :i and h.actorId = :p", UUID.class)
                .setParameter("i", instanceId).setParameter("p", me.getId()).setMaxResults(1).getResultList().isEmpty();
        if (!involved) {
            throw DomainException.forbidden("workflow.urge.not-allowed", "只有拟稿人、办理过该公文的人员或单位领导才能催办。");
        }
        List<Task> open = pending(instanceId).stream().filter(t -> t.getState() == TaskState.OPEN).toList();
        if (open.isEmpty()) {
            throw DomainException.conflict("workflow.urge.nothing-open", "该公文当前没有待办理的步骤，无需催办。");
        }
        int notified = 0;
        String text = me.getName() + "催办《" + instance.getTitle() + "》"
                + (message == null || message.isBlank() ? "，请尽快办理。" : "：" + message.strip());
        for (Task t : open) {
            t.urged(now);
            for (UUID p : people.whoSees(t, now)) {
                em.persist(new Notification(p, instanceId, t.getId(), Notification.Kind.URGED, text + "（" + t.getStepName() + "）", now));
                notified++;
            }
        }
        history(instance, HistoryAction.URGED, instance.getCurrentStep(), open.get(0).getStepName(), null,
                Actor.self(me.getId(), me.getName()), message, "通知 " + notified + " 人", now);
        audit(caller, "workflow.instance.urged", instance, "通知 " + notified + " 人");
        flush();
        return notified;
    }

    // ---- steps becoming active ----

    /**
     * Makes step {@code index} active: one task per assignee (sequential signers after the first wait),
     * a countersign without signers is skipped, past the last step the instance is completed.
     */
    private List<Task> activate(ProcessInstance instance, ProcessDefinition d, int index, UUID sentFrom, String sentBy, Instant now) {
        while (index < d.size()) {
            StepDefinition step = d.step(index);
            List<Assignment> who = assignments(instance, step, index);
            if (who.isEmpty()) {
                history(instance, HistoryAction.SKIPPED, index, step.name(), null, null, null, "未选择会签人，跳过会签", now);
                index++;
                continue;
            }
            instance.activate(index);
            List<Task> created = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                TaskState state = step.isSequential() && i > 0 ? TaskState.WAITING : TaskState.OPEN;
                Task t = new Task(instance, index, step.type(), step.name(), i, who.get(i), state, sentFrom, sentBy,
                        step.deadline(), now);
                em.persist(t);
                created.add(t);
            }
            return created;
        }
        instance.complete(now);
        history(instance, HistoryAction.COMPLETED, d.size(), "办结", null, null, null, "流程办结", now);
        return List.of();
    }

    private Task drafterTask(ProcessInstance instance, String name, UUID sentFrom, String sentBy, Instant now) {
        if (instance.getCurrentStep() != Task.DRAFTER_STEP) {
            instance.activate(Task.DRAFTER_STEP);
        }
        Task t = new Task(instance, Task.DRAFTER_STEP, null, name, 0,
                Assignment.person(instance.getDrafterId(), instance.getDrafterName()), TaskState.OPEN, sentFrom, sentBy,
                null, now);
        em.persist(t);
        return t;
    }

    private List<Assignment> assignments(ProcessInstance instance, StepDefinition step, int index) {
        List<Assignment> out = new ArrayList<>();
        if (step.isCountersign() && step.chosenAtSubmit()) {
            for (ChosenSigner c : instance.signersFor(index)) {
                out.add(assignment(instance.getUnitId(), c, step));
            }
            return out;
        }
        for (AssigneeRule rule : step.assignees()) {
            out.add(assignment(instance.getUnitId(), rule, step));
        }
        return out;
    }

    private Assignment assignment(UUID unitId, ChosenSigner c, StepDefinition step) {
        if (c.department()) {
            Department dep = people.department(unitId, c.id());
            Role role = step.signerRole();
            return new Assignment(null, role, dep.getId(), role == null ? dep.getName() : dep.getName() + " " + role.chineseName());
        }
        Person p = people.find(c.id());
        return Assignment.person(p.getId(), p.getName());
    }

    private Assignment assignment(UUID unitId, AssigneeRule rule, StepDefinition step) {
        if (rule.person() != null) {
            Person p = people.personNamed(rule.person());
            if (p == null || !p.getUnit().getId().equals(unitId)) {
                throw DomainException.conflict("workflow.template.person-gone", "流程模板中“" + step.name() + "”的办理人“"
                        + rule.person() + "”已不在本单位，请单位管理员更新流程模板。");
            }
            return Assignment.person(p.getId(), p.getName());
        }
        if (rule.department() != null) {
            Department dep = people.departmentNamed(unitId, rule.department());
            if (dep == null) {
                throw DomainException.conflict("workflow.template.department-gone", "流程模板中“" + step.name() + "”的处室“"
                        + rule.department() + "”已不存在，请单位管理员更新流程模板。");
            }
            return new Assignment(null, rule.role(), dep.getId(), rule.describe());
        }
        return new Assignment(null, rule.role(), null, rule.describe());
    }

    // ---- helpers ----

    private record Locked(ProcessInstance instance, Task task) {
    }

    /** Locks the task's instance, then reads the task as committed by whoever held the lock before. */
    private Locked lockTask(Caller caller, UUID taskId) {
        List<UUID> ids = em.createQuery("select t.instanceId from Task t where t.id = :id and t.unitId = :u", UUID.class)
                .setParameter("id", taskId).setParameter("u", caller.unitId()).getResultList();
        if (ids.isEmpty()) {
            throw DomainException.notFound("workflow.task.not-found", "找不到该待办（编号 " + taskId + "）。");
        }
        ProcessInstance instance = lockInstance(caller, ids.get(0));
        Task task = em.find(Task.class, taskId);
        instance.requireRunning();
        task.requireOpen();
        return new Locked(instance, task);
    }

    private ProcessInstance lockInstance(Caller caller, UUID instanceId) {
        ProcessInstance i = instanceId == null ? null : em.find(ProcessInstance.class, instanceId, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || !i.getUnitId().equals(caller.unitId())) {
            throw DomainException.notFound("workflow.instance.not-found", "找不到该公文流程（编号 " + instanceId + "）。");
        }
        return i;
    }

    private List<Task> pending(UUID instanceId) {
        return em.createQuery("select t from Task t where t.instanceId = :i and t.state in :s order by t.stepIndex, t.seq", Task.class)
                .setParameter("i", instanceId).setParameter("s", Set.of(TaskState.OPEN, TaskState.WAITING)).getResultList();
    }

    private List<Task> pendingInActivation(Task t) {
        return em.createQuery("select x from Task x where x.instanceId = :i and x.stepIndex = :s and x.activation = :a "
                        + "and x.state in :states and x.id <> :me", Task.class)
                .setParameter("i", t.getInstanceId()).setParameter("s", t.getStepIndex()).setParameter("a", t.getActivation())
                .setParameter("states", Set.of(TaskState.OPEN, TaskState.WAITING)).setParameter("me", t.getId())
                .getResultList();
    }

    /** The last approval in the task's step round (the task itself when it was approved). */
    private Task lastApproved(Task t) {
        if (t.getState() == TaskState.APPROVED) {
            return t;
        }
        return em.createQuery("select x from Task x where x.instanceId = :i and x.stepIndex = :s and x.activation = :a "
                        + "and x.state = :ok order by x.actedAt desc", Task.class)
                .setParameter("i", t.getInstanceId()).setParameter("s", t.getStepIndex()).setParameter("a", t.getActivation())
                .setParameter("ok", TaskState.APPROVED).setMaxResults(1).getResultList().stream().findFirst().orElse(t);
    }

    private static java.time.Duration stepDeadline(ProcessDefinition d, Task t) {
        return t.getStepIndex() < 0 ? null : d.step(t.getStepIndex()).deadline();
    }

    private void history(ProcessInstance instance, HistoryAction action, int step, String stepName, UUID taskId, Actor actor,
                         String opinion, String detail, Instant now) {
        em.persist(new HistoryEntry(instance, action, step, stepName, taskId, actor, opinion, detail, now));
    }

    private void audit(Caller caller, String action, ProcessInstance instance, String detail) {
        audit.record(AuditEvent.of(action).by(caller.personId(), caller.name(), caller.unitId())
                .on("document", instance.getDocumentId()).detail("流程 " + instance.getId() + "：" + detail));
    }

    private static void checkOpinion(String text) {
        if (text != null && text.length() > OPINION_MAX) {
            throw DomainException.invalid("workflow.opinion.too-long", "意见或理由过长（最多 " + OPINION_MAX + " 个字）。");
        }
    }

    /** Writes now, so that a concurrent change surfaces as a 409 with a message rather than at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw DomainException.conflict("workflow.concurrent-change", "该公文刚被其他人办理，请刷新后再试。");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
