package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.organisation.application.Page;
import cn.xietong.organisation.model.Person;
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

    @EJB
    private ActionableTasks actionable;

    @EJB
    private TodoItems todoItems;

    /**
     * One page of the to-do list: the caller's own tasks and their principals' (委托) first, then —
     * for leaders and unit administrators — the unit's overdue, idle and orphaned tasks (督办);
     * within each, the most overdue first (deadline ascending, no deadline last), then the newest,
     * then the id. Reads the ids, deadlines and start times of every task on the list (index seeks,
     * no entities) to order and count them, then reads only the page's tasks, in one query, straight into
     * the view. With
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
        Set<UUID> orphans = new HashSet<>();
        if (Eligibility.isSupervisor(me)) {
            for (WorkflowPeople.OpenTask t : people.unitOpenTasks(me.getUnit().getId())) {
                if (t.orphaned()) {
                    orphans.add(t.id());
                }
                boolean watched = t.orphaned() || (t.dueAt() != null && t.dueAt().isBefore(now))
                        || t.lastActivityAt().isBefore(idleCutoff);
                if (watched) {
                    entries.putIfAbsent(t.id(), new TodoEntry(t.id(), t.dueAt(), t.createdAt(), t.instanceId(),
                            Views.Relation.SUPERVISION, null));
                }
            }
        }
        List<TodoEntry> ordered = entries.values().stream().filter(e -> instanceId == null || instanceId.equals(e.instanceId()))
                .sorted(TodoEntry.ORDER).toList();
        long supervision = ordered.stream().filter(TodoEntry::supervision).count();
        long overdue = ordered.stream().filter(e -> !e.supervision() && e.dueAt() != null && e.dueAt().isBefore(now)).count();
        List<TodoEntry> slice = ordered.subList(Math.min(page.offset(), ordered.size()),
                Math.min(page.offset() + page.size(), ordered.size()));
        Map<UUID, TodoItems.Item> tasks = todoItems.byId(slice.stream().map(TodoEntry::id).toList());
        List<Views.TaskView> items = new ArrayList<>();
        for (TodoEntry e : slice) {
            TodoItems.Item t = tasks.get(e.id());
            if (t != null) {
                String reason = stuckReason(orphans.contains(t.id()), t.idleSince(idleCutoff));
                items.add(t.view(now, reason != null, reason, e.relation(), e.onBehalfOf()));
            }
        }
        return new Views.TodoPage(items, page.page(), page.size(), ordered.size(), page.pages(ordered.size()),
                ordered.size() - supervision, overdue, supervision);
    }

    /** One task on the to-do list, before its page is loaded: what it is ordered and counted by. */
    private record TodoEntry(UUID id, Instant dueAt, Instant createdAt, UUID instanceId, Views.Relation relation,
                             String onBehalfOf) {

        /** Own and delegated work before supervised work; the most overdue first; then the newest; then the id. */
        static final Comparator<TodoEntry> ORDER = (a, b) -> {
            int c = Boolean.compare(a.supervision(), b.supervision());
            if (c == 0) {
                c = a.dueAt == null ? (b.dueAt == null ? 0 : 1) : b.dueAt == null ? -1 : a.dueAt.compareTo(b.dueAt);
            }
            if (c == 0) {
                c = b.createdAt.compareTo(a.createdAt);
            }
            return c != 0 ? c : a.id.compareTo(b.id);
        };

        boolean supervision() {
            return relation == Views.Relation.SUPERVISION;
        }
    }

    /** The open tasks {@code p} may act on, as entries of the to-do list (those already on it keep their relation). */
    private void collect(Person p, Views.Relation relation, String onBehalfOf, Map<UUID, TodoEntry> entries) {
        for (ActionableTasks.Row r : actionable.of(p)) {
            entries.putIfAbsent(r.id(), new TodoEntry(r.id(), r.dueAt(), r.createdAt(), r.instanceId(), relation, onBehalfOf));
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

    /** Ids and deadlines of every open task {@code p} may act on (the same rules as the list: {@link ActionableTasks}). */
    private void collectDue(Person p, Map<UUID, Instant> due) {
        for (ActionableTasks.Row r : actionable.of(p)) {
            due.putIfAbsent(r.id(), r.dueAt());
        }
    }

    private static Views.TaskView view(Task t, Instant now, Instant idleCutoff, boolean orphan, Views.Relation relation,
                                       String onBehalfOf) {
        String reason = stuckReason(orphan, t.isIdleSince(idleCutoff));
        return Views.TaskView.of(t, now, reason != null, reason, relation, onBehalfOf);
    }

    /** Why an open task is 积压 (stuck), or null. */
    private static String stuckReason(boolean orphan, boolean idle) {
        return orphan ? "没有可办理的在职人员" : idle ? "长时间无人办理" : null;
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
