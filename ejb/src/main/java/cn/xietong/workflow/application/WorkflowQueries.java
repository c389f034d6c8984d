package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.application.Page;
import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.WorkListPage;
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
import java.util.Collection;
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

    /** What the to-do list reads of every task on it to order, count and filter it ({@link TodoEntry}). */
    private static final String ENTRY = "t.id, t.dueAt, t.createdAt, t.instanceId";

    private static final Set<Role> NOT_WORKFLOW_ROLES = EnumSet.of(Role.PLATFORM_ADMIN);

    /**
     * The lists only read their tasks: loaded read-only, Hibernate keeps no snapshot of them and
     * skips them when it flushes at commit.
     */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private WorkflowPeople people;

    @EJB
    private TemplateService templates;

    /**
     * One page of the to-do list: the caller's own tasks and their principals' (委托) first, then —
     * for leaders and unit administrators — the unit's overdue, idle and orphaned tasks (督办);
     * within each, the most overdue first (deadline ascending, no deadline last), then the newest,
     * then the id. Reads the ids, deadlines and start times of every task on the list (index seeks,
     * no entities) to order and count them, then loads only the page's tasks, in one query. With
     * {@code instanceId}, only the tasks of that workflow instance (the document screen's question
     * "what may I do here").
     */
    public Views.TodoPage todo(Caller caller, WorkListPage page, UUID instanceId) {
        Person me = people.person(caller);
        Instant now = Instant.now();
        Instant idleCutoff = now.minus(WorkflowSettings.stuckAfter());
        Map<UUID, TodoEntry> entries = new LinkedHashMap<>();
        collect(me, Views.Relation.ASSIGNED, null, entries);
        for (Delegation d : people.delegationsTo(me.getId(), now)) {
            Person principal = people.find(d.getPrincipalId());
            if (principal != null && principal.isActive()) {
                collect(principal, Views.Relation.DELEGATED, principal.getName(), entries);
            }
        }
        Set<UUID> orphans = Set.of();
        if (Eligibility.isSupervisor(me)) {
            orphans = new HashSet<>(people.orphanedTasks(me.getUnit().getId()));
            List<Object[]> watched = em.createQuery("select " + ENTRY + " from Task t where t.unitId = :u "
                            + "and t.state = :open and (t.dueAt < :now or t.lastActivityAt < :cutoff)", Object[].class)
                    .setParameter("u", me.getUnit().getId()).setParameter("open", TaskState.OPEN)
                    .setParameter("now", now).setParameter("cutoff", idleCutoff).getResultList();
            Set<UUID> missing = new HashSet<>(orphans);
            for (Object[] row : watched) {
                missing.remove((UUID) row[0]);
                entries.putIfAbsent((UUID) row[0], TodoEntry.of(row, Views.Relation.SUPERVISION, null));
            }
            if (!missing.isEmpty()) {
                for (Object[] row : em.createQuery("select " + ENTRY + " from Task t where t.id in :ids",
                        Object[].class).setParameter("ids", missing).getResultList()) {
                    entries.putIfAbsent((UUID) row[0], TodoEntry.of(row, Views.Relation.SUPERVISION, null));
                }
            }
        }
        List<TodoEntry> ordered = entries.values().stream().filter(e -> instanceId == null || instanceId.equals(e.instanceId()))
                .sorted(TodoEntry.ORDER).toList();
        long supervision = ordered.stream().filter(TodoEntry::supervision).count();
        long overdue = ordered.stream().filter(e -> !e.supervision() && e.dueAt() != null && e.dueAt().isBefore(now)).count();
        List<TodoEntry> slice = ordered.subList(Math.min(page.offset(), ordered.size()),
                Math.min(page.offset() + page.size(), ordered.size()));
        Map<UUID, Task> tasks = new HashMap<>();
        if (!slice.isEmpty()) {
            for (Task t : em.createQuery("select t from Task t where t.id in :ids", Task.class)
                    .setParameter("ids", slice.stream().map(TodoEntry::id).toList()).setHint(READ_ONLY, true).getResultList()) {
                tasks.put(t.getId(), t);
            }
        }
        List<Views.TaskView> items = new ArrayList<>();
        for (TodoEntry e : slice) {
            Task t = tasks.get(e.id());
            if (t != null) { // closed since its id was read: left out of this page
                items.add(view(t, now, idleCutoff, orphans.contains(t.getId()), e.relation(), e.onBehalfOf()));
            }
        }
        return new Views.TodoPage(items, page.page(), page.size(), ordered.size(), page.pages(ordered.size()),
                ordered.size() - supervision, overdue, supervision);
    }

    /** One task on the to-do list, before its page is loaded: what it is ordered and counted by. */
    private record TodoEntry(UUID id, Instant dueAt, Instant createdAt, UUID instanceId, Views.Relation relation,
                             String onBehalfOf) {

        /** Own and delegated work before supervised work; the most overdue first; then the newest; then the id. */
        static final Comparator<TodoEntry> ORDER = Comparator.comparing(TodoEntry::supervision)
                .thenComparing(TodoEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TodoEntry::createdAt, Comparator.reverseOrder())
                .thenComparing(TodoEntry::id);

        static TodoEntry of(Object[] row, Views.Relation relation, String onBehalfOf) {
            return new TodoEntry((UUID) row[0], (Instant) row[1], (Instant) row[2], (UUID) row[3], relation, onBehalfOf);
        }

        boolean supervision() {
            return relation == Views.Relation.SUPERVISION;
        }
    }

    /** The open tasks {@code p} may act on, as entries of the to-do list (those already on it keep their relation). */
    private void collect(Person p, Views.Relation relation, String onBehalfOf, Map<UUID, TodoEntry> entries) {
        for (var q : actionableQueries(p, ENTRY, Object[].class)) {
            for (Object[] row : q.getResultList()) {
                entries.putIfAbsent((UUID) row[0], TodoEntry.of(row, relation, onBehalfOf));
            }
        }
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

    /**
     * The queries for the open tasks {@code p} may act on, selecting {@code select}:
     * tasks assigned to them; unclaimed tasks for a role they hold in their unit (and department);
     * unclaimed tasks for anyone in their department. The three sets do not overlap.
     */
    private <T> List<jakarta.persistence.TypedQuery<T>> actionableQueries(Person p, String select, Class<T> type) {
        List<jakarta.persistence.TypedQuery<T>> queries = new ArrayList<>();
        queries.add(em.createQuery("select " + select + " from Task t where t.assigneePersonId = :p and t.state = :open "
                        , type)
                .setParameter("p", p.getId()).setParameter("open", TaskState.OPEN).setHint(READ_ONLY, true));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.getRoles());
        roles.removeAll(NOT_WORKFLOW_ROLES);
        UUID unit = p.getUnit().getId();
        UUID department = p.getDepartment() == null ? null : p.getDepartment().getId();
        if (!roles.isEmpty()) {
            var q = em.createQuery("select " + select + " from Task t where t.unitId = :u and t.assigneeRole in :roles "
                            + "and t.state = :open and t.assigneePersonId is null and (t.assigneeDepartmentId is null"
                            + (department == null ? "" : " or t.assigneeDepartmentId = :d") + ")", type)
                    .setParameter("u", unit).setParameter("roles", roles).setParameter("open", TaskState.OPEN)
                    .setHint(READ_ONLY, true);
            if (department != null) {
                q.setParameter("d", department);
            }
            queries.add(q);
        }
        if (department != null) {
            queries.add(em.createQuery("select " + select + " from Task t where t.assigneeDepartmentId = :d and t.assigneeRole is null "
                            + "and t.state = :open and t.assigneePersonId is null", type)
                    .setParameter("d", department).setParameter("open", TaskState.OPEN).setHint(READ_ONLY, true));
        }
        return queries;
    }

    private static Views.TaskView view(Task t, Instant now, Instant idleCutoff, boolean orphan, Views.Relation relation,
                                       String onBehalfOf) {
        String reason = orphan ? "没有可办理的在职人员" : t.isIdleSince(idleCutoff) ? "长时间无人办理" : null;
        return Views.TaskView.of(t, now, reason != null, reason, relation, onBehalfOf);
    }

    /** One page of 已办: the tasks the caller acted on, the latest first (then by id, so pages do not overlap). */
    public Page<Views.TaskView> done(Caller caller, WorkListPage page) {
        Instant now = Instant.now();
        List<Views.TaskView> items = em.createQuery("select t from Task t where t.actedById = :p "
                        + "order by t.actedAt desc, t.id desc", Task.class)
                .setParameter("p", caller.personId()).setFirstResult(page.offset()).setMaxResults(page.size())
                .setHint(READ_ONLY, true).getResultList().stream()
                .map(t -> Views.TaskView.of(t, now, false, null, Views.Relation.ASSIGNED, t.getOnBehalfOfName())).toList();
        long total = em.createQuery("select count(t) from Task t where t.actedById = :p", Long.class)
                .setParameter("p", caller.personId()).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** One page of 我发起的: the caller's instances (of one document, if given), the latest first (then by id). */
    public Page<Views.InstanceSummary> started(Caller caller, WorkListPage page, UUID documentId) {
        String where = " where i.drafterId = :p" + (documentId == null ? "" : " and i.documentId = :d");
        var query = em.createQuery("select i from ProcessInstance i" + where + " order by i.startedAt desc, i.id desc",
                        ProcessInstance.class)
                .setParameter("p", caller.personId()).setFirstResult(page.offset()).setMaxResults(page.size())
                .setHint(READ_ONLY, true);
        var count = em.createQuery("select count(i) from ProcessInstance i" + where, Long.class)
                .setParameter("p", caller.personId());
        if (documentId != null) {
            query.setParameter("d", documentId);
            count.setParameter("d", documentId);
        }
        List<Views.InstanceSummary> items = query.getResultList().stream()
                .map(i -> Views.InstanceSummary.of(i, templates.definition(i.getTemplateId()))).toList();
        long total = count.getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * The latest workflow instance of each of the given documents of the caller's unit (the ones
     * never submitted have none): for the drafts list, one query for a page of drafts.
     */
    public Map<UUID, Views.InstanceSummary> latestOf(Caller caller, Collection<UUID> documentIds) {
        Map<UUID, Views.InstanceSummary> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        for (ProcessInstance i : em.createQuery("select i from ProcessInstance i where i.documentId in :d and i.unitId = :u "
                        + "order by i.startedAt desc", ProcessInstance.class)
                .setParameter("d", documentIds).setParameter("u", caller.unitId()).setHint(READ_ONLY, true).getResultList()) {
            out.putIfAbsent(i.getDocumentId(), Views.InstanceSummary.of(i, templates.definition(i.getTemplateId())));
        }
        return out;
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
