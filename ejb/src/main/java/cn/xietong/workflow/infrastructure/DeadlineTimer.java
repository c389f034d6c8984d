package cn.xietong.workflow.infrastructure;

import cn.xietong.workflow.application.DeadlineSweep;
import cn.xietong.workflow.application.Views;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, the deadline sweep (超时/积压 notifications). Not persistent: a missed minute is caught up by the next. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @EJB
    private DeadlineSweep sweep;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "workflow deadline sweep")
    void everyMinute() {
        try {
            Views.SweepResult r = sweep.sweep(Instant.now());
            if (r.overdue() > 0 || r.stuck() > 0) {
                LOG.info("Workflow sweep: " + r.overdue() + " overdue, " + r.stuck() + " stuck tasks notified");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Workflow deadline sweep failed; the next minute tries again", e);
        }
    }
}
