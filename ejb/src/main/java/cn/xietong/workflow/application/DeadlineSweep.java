package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.workflow.model.Notification;
import cn.xietong.workflow.model.ProcessInstance;
import cn.xietong.workflow.model.Task;
import cn.xietong.workflow.model.TaskState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tells people about work past its deadline (超时) and work nobody moves (积压: idle longer than
 * {@link WorkflowSettings#stuckAfter()}, or no active person can act on it): the people who see the
 * task and the unit's leaders and administrators get a notification, once per task and kind. The
 * lists show both flags at any moment anyway (computed when read); this sweep is the push.
 */
@Stateless
public class DeadlineSweep {

    private static final int BATCH = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private WorkflowPeople people;

    /** The same sweep on request (platform administrators), e.g. to check the timer's work. */
    public Views.SweepResult sweepNow(Caller caller) {
        caller.requirePlatformAdmin();
        return sweep(Instant.now());
    }

    public Views.SweepResult sweep(Instant now) {
        int overdue = 0;
        int stuck = 0;
        for (Task t : em.createQuery("select t from Task t where t.state = :open and t.dueAt < :now "
                        + "and t.overdueNotifiedAt is null", Task.class)
                .setParameter("open", TaskState.OPEN).setParameter("now", now).setMaxResults(BATCH).getResultList()) {
            Task fresh = locked(t);
            if (fresh != null && fresh.isOverdue(now) && fresh.getOverdueNotifiedAt() == null) {
                Set<UUID> to = new LinkedHashSet<>(people.whoSees(fresh, now));
                to.addAll(people.supervisors(fresh.getUnitId()));
                notifyAll(to, fresh, Notification.Kind.OVERDUE, "超时：《" + fresh.getTitle() + "》“" + fresh.getStepName()
                        + "”（" + fresh.getAssigneeLabel() + "）已超过办理时限 " + WHEN.format(fresh.getDueAt()) + "。", now);
                fresh.overdueNotified(now);
                overdue++;
            }
        }
        Set<UUID> stuckIds = new LinkedHashSet<>(people.orphanedTasksNotNotified());
        stuckIds.addAll(em.createQuery("select t.id from Task t where t.state = :open and t.lastActivityAt < :cutoff "
                        + "and t.stuckNotifiedAt is null", UUID.class)
                .setParameter("open", TaskState.OPEN).setParameter("cutoff", now.minus(WorkflowSettings.stuckAfter()))
                .setMaxResults(BATCH).getResultList());
        for (UUID id : stuckIds) {
            Task fresh = locked(em.find(Task.class, id));
            if (fresh != null && fresh.getState() == TaskState.OPEN && fresh.getStuckNotifiedAt() == null) {
                boolean orphan = people.isOrphaned(fresh);
                Set<UUID> to = new LinkedHashSet<>(people.whoSees(fresh, now));
                to.addAll(people.supervisors(fresh.getUnitId()));
                notifyAll(to, fresh, Notification.Kind.STUCK, "积压：《" + fresh.getTitle() + "》“" + fresh.getStepName() + "”（"
                        + fresh.getAssigneeLabel() + "）" + (orphan ? "没有可办理的在职人员，请转办。" : "长时间无人办理。"), now);
                fresh.stuckNotified(now);
                stuck++;
            }
        }
        return new Views.SweepResult(overdue, stuck);
    }

    /** Locks the task's instance (as every operation does) and reads the task again. */
    private Task locked(Task t) {
        if (t == null) {
            return null;
        }
        em.find(ProcessInstance.class, t.getInstanceId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        return t;
    }

    private void notifyAll(Set<UUID> people, Task t, Notification.Kind kind, String text, Instant now) {
        for (UUID p : people) {
            em.persist(new Notification(p, t.getInstanceId(), t.getId(), kind, text, now));
        }
    }

}
