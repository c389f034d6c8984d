package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.Delegation;
import cn.xietong.workflow.model.HistoryEntry;
import cn.xietong.workflow.model.ProcessDefinition;
import cn.xietong.workflow.model.ProcessInstance;
import cn.xietong.workflow.model.Task;
import cn.xietong.workflow.model.TaskState;
import cn.xietong.workflow.model.Notification;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The lists: 待办 (mine, my principals' while I am their delegate, and — for leaders and unit
 * administrators — the unit's overdue and stuck work), 已办, 我发起的; an instance with its steps,
 * tasks and history; the to-do counts; notifications.
 */
@Stateless
public class WorkflowQueries {

    public static final int LIST_MAX = 200;

    private static final Set<Role> NOT_WORKFLOW_ROLES = EnumSet.of(Role.PLATFORM_ADMIN);

    /**
     * The to-do lists only read their tasks (up to 200 per look-up, several look-ups per list): loaded
     * read-only, Hibernate keeps no snapshot of them and skips them when it flushes at commit.
     */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private WorkflowPeople people;

    @EJB
    private TemplateService templates;

    public List<Views.TaskView> todo(Caller caller) {
        Person me = people.person(caller);
        Instant now = Instant.now();
        Instant idleCutoff = now.minus(WorkflowSettings.stuckAfter());
        Map<UUID, Views.TaskView> out = new LinkedHashMap<>();
        for (Task t : actionable(me)) {
            out.putIfAbsent(t.getId(), view(t, now, idleCutoff, false, Views.Relation.ASSIGNED, null));
        }
        for (Delegation d : people.delegationsTo(me.getId(), now)) {
            Person principal = people.find(d.getPrincipalId());
            if (principal != null && principal.isActive()) {
                for (Task t : actionable(principal)) {
                    out.putIfAbsent(t.getId(), view(t, now, idleCutoff, false, Views.Relation.DELEGATED, principal.getName()));
                }
            }
        }
        if (Eligibility.isSupervisor(me)) {
            Set<UUID> orphans = new HashSet<>(people.orphanedTasks(me.getUnit().getId()));
            List<Task> watched = new ArrayList<>(em.createQuery("select t from Task t where t.unitId = :u and t.state = :open "
                            + "and (t.dueAt < :now or t.lastActivityAt < :cutoff)", Task.class)
                    .setParameter("u", me.getUnit().getId()).setParameter("open", TaskState.OPEN)
                    .setParameter("now", now).setParameter("cutoff", idleCutoff).setMaxResults(LIST_MAX)
                    .setHint(READ_ONLY, true).getResultList());
            if (!orphans.isEmpty()) {
                watched.addAll(em.createQuery("select t from Task t where t.id in :ids", Task.class)
                        .setParameter("ids", orphans).setHint(READ_ONLY, true).getResultList());
            }
            for (Task t : watched) {
                out.putIfAbsent(t.getId(), view(t, now, idleCutoff, orphans.contains(t.getId()), Views.Relation.SUPERVISION, null));
            }
        }
        return out.values().stream().sorted(Comparator.comparing(Views.TaskView::createdAt).reversed()).limit(LIST_MAX).toList();
    }

    /**
     * The counts on the home page: every open task the caller may act on (their own and their
     * delegators'), and how many are overdue — counted in full, not cut at the list's 200.
     */
    public Views.TodoCounts counts(Caller caller) {
        Person me = people.person(caller);
        Instant now = Instant.now();
        Map<UUID, Instant> due = new HashMap<>();
        collectDue(me, due);
        for (Delegation d : people.delegationsTo(me.getId(), now)) {
            Person principal = people.find(d.getPrincipalId());
            if (principal != null && principal.isActive()) {
                collectDue(principal, due);
            }
        }
        long overdue = due.values().stream().filter(at -> at != null && at.isBefore(now)).count();
        return new Views.TodoCounts(due.size(), overdue, 0);
    }

    /** Ids and deadlines of every open task {@code p} may act on (the same rules as {@link #actionable}). */
    private void collectDue(Person p, Map<UUID, Instant> due) {
        for (var q : actionableQueries(p, "t.id, t.dueAt", Object[].class)) {
            for (Object[] row : q.getResultList()) {
                due.putIfAbsent((UUID) row[0], (Instant) row[1]);
            }
        }
    }

    /** Open tasks {@code p} may act on: theirs, or unclaimed ones for their roles (in their department). */
    private List<Task> actionable(Person p) {
        List<Task> found = new ArrayList<>();
        for (var q : actionableQueries(p, "t", Task.class)) {
            found.addAll(q.setMaxResults(LIST_MAX).getResultList());
        }
        return found;
    }

    /**
     * The queries for the open tasks {@code p} may act on, newest first, selecting {@code select}:
     * tasks assigned to them; unclaimed tasks for a role they hold in their unit (and department);
     * unclaimed tasks for anyone in their department. The three sets do not overlap.
     */
    private <T> List<jakarta.persistence.TypedQuery<T>> actionableQueries(Person p, String select, Class<T> type) {
        List<jakarta.persistence.TypedQuery<T>> queries = new ArrayList<>();
        queries.add(em.createQuery("select " + select + " from Task t where t.assigneePersonId = :p and t.state = :open "
                        + "order by t.createdAt desc", type)
                .setParameter("p", p.getId()).setParameter("open", TaskState.OPEN).setHint(READ_ONLY, true));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.getRoles());
        roles.removeAll(NOT_WORKFLOW_ROLES);
        UUID unit = p.getUnit().getId();
        UUID department = p.getDepartment() == null ? null : p.getDepartment().getId();
        if (!roles.isEmpty()) {
            var q = em.createQuery("select " + select + " from Task t where t.unitId = :u and t.assigneeRole in :roles "
                            + "and t.state = :open and t.assigneePersonId is null and (t.assigneeDepartmentId is null"
                            + (department == null ? "" : " or t.assigneeDepartmentId = :d") + ") order by t.createdAt desc", type)
                    .setParameter("u", unit).setParameter("roles", roles).setParameter("open", TaskState.OPEN)
                    .setHint(READ_ONLY, true);
            if (department != null) {
                q.setParameter("d", department);
            }
            queries.add(q);
        }
        if (department != null) {
            queries.add(em.createQuery("select " + select + " from Task t where t.assigneeDepartmentId = :d and t.assigneeRole is null "
                            + "and t.state = :open and t.assigneePersonId is null order by t.createdAt desc", type)
                    .setParameter("d", department).setParameter("open", TaskState.OPEN).setHint(READ_ONLY, true));
        }
        return queries;
    }

    private static Views.TaskView view(Task t, Instant now, Instant idleCutoff, boolean orphan, Views.Relation relation,
                                       String onBehalfOf) {
        String reason = orphan ? "没有可办理的在职人员" : t.isIdleSince(idleCutoff) ? "长时间无人办理" : null;
        return Views.TaskView.of(t, now, reason != null, reason, relation, onBehalfOf);
    }

    public List<Views.TaskView> done(Caller caller) {
        Instant now = Instant.now();
        return em.createQuery("select t from Task t where t.actedById = :p order by t.actedAt desc", Task.class)
                .setParameter("p", caller.personId()).setMaxResults(LIST_MAX).getResultList().stream()
                .map(t -> Views.TaskView.of(t, now, false, null, Views.Relation.ASSIGNED, t.getOnBehalfOfName())).toList();
    }

    public List<Views.InstanceSummary> started(Caller caller) {
        return em.createQuery("select i from ProcessInstance i where i.drafterId = :p order by i.startedAt desc", ProcessInstance.class)
                .setParameter("p", caller.personId()).setMaxResults(LIST_MAX).getResultList().stream()
                .map(i -> Views.InstanceSummary.of(i, templates.definition(i.getTemplateId()))).toList();
    }

    /**
     * An instance with its route, all tasks and its history. Visible to its drafter, to whoever acted
     * on it or may act on it now (also as a delegate), and to the unit's leaders and administrators.
     */
    public Views.InstanceView instance(Caller caller, UUID id) {
        ProcessInstance i = id == null ? null : em.find(ProcessInstance.class, id);
        if (i == null || !i.getUnitId().equals(caller.unitId())) {
            throw DomainException.notFound("workflow.instance.not-found", "找不到该公文流程（编号 " + id + "）。");
        }
        Person me = people.person(caller);
        Instant now = Instant.now();
        List<Task> tasks = em.createQuery("select t from Task t where t.instanceId = :i order by t.createdAt, t.stepIndex, t.seq", Task.class)
                .setParameter("i", id).getResultList();
        List<HistoryEntry> history = em.createQuery("select h from HistoryEntry h where h.instanceId = :i order by h.position",
                HistoryEntry.class).setParameter("i", id).getResultList();
        if (!involved(me, i, tasks, history, now)) {
            throw DomainException.forbidden("workflow.instance.not-involved",
                    "您没有参与该公文的办理，不能查看其流程（拟稿人、办理人和单位领导可以查看）。");
        }
        ProcessDefinition d = templates.definition(i.getTemplateId());
        Instant idleCutoff = now.minus(WorkflowSettings.stuckAfter());
        return new Views.InstanceView(i.getId(), i.getDocumentId(), i.getTitle(), i.getKind().name(), i.getKind().chineseName(),
                i.getState().name(), i.getState().chineseName(), i.getTemplateVersion(), i.getCurrentStep(),
                Views.stepName(i, d), i.getDrafterId(), i.getDrafterName(), i.getStartedAt(), i.getEndedAt(),
                Views.StepView.of(d),
                tasks.stream().map(t -> view(t, now, idleCutoff, t.getState() == TaskState.OPEN && people.isOrphaned(t),
                        Views.Relation.ASSIGNED, null)).toList(),
                history.stream().map(Views.HistoryView::of).toList());
    }

    /**
     * Whether the caller takes part in a route of the document: its drafter, the unit's leaders and
     * administrators, anyone who acted on it (or was acted for), anyone who may act on a pending task.
     * The document's capability lets them read the document they act on.
     */
    public boolean isInvolved(Caller caller, UUID documentId) {
        Person me = people.person(caller);
        Instant now = Instant.now();
        for (ProcessInstance i : em.createQuery("select i from ProcessInstance i where i.documentId = :d and i.unitId = :u",
                ProcessInstance.class).setParameter("d", documentId).setParameter("u", caller.unitId()).getResultList()) {
            List<Task> tasks = em.createQuery("select t from Task t where t.instanceId = :i", Task.class)
                    .setParameter("i", i.getId()).getResultList();
            List<HistoryEntry> history = em.createQuery("select h from HistoryEntry h where h.instanceId = :i",
                    HistoryEntry.class).setParameter("i", i.getId()).getResultList();
            if (involved(me, i, tasks, history, now)) {
                return true;
            }
        }
        return false;
    }

    private boolean involved(Person me, ProcessInstance i, List<Task> tasks, List<HistoryEntry> history, Instant now) {
        return i.getDrafterId().equals(me.getId()) || Eligibility.isSupervisor(me)
                || history.stream().anyMatch(h -> me.getId().equals(h.getActorId()) || me.getId().equals(h.getOnBehalfOfId()))
                || tasks.stream().anyMatch(t -> t.getState().isPending() && people.actorFor(me, t, now) != null);
    }

    public List<Views.NotificationView> notifications(Caller caller) {
        return em.createQuery("select n from Notification n where n.personId = :p order by n.createdAt desc", Notification.class)
                .setParameter("p", caller.personId()).setMaxResults(LIST_MAX).getResultList().stream()
                .map(n -> new Views.NotificationView(n.getId(), n.getKind(), n.getMessage(), n.getInstanceId(), n.getTaskId(),
                        n.getCreatedAt())).toList();
    }
}
