package cn.xietong.workflow.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The workflow's settings: {@code XIETONG_WORKFLOW_STUCK_AFTER} (or system property
 * {@code xietong.workflow.stuck.after}), the ISO 8601 time an open task may go without any action
 * before it counts as 积压 stuck; default P3D.
 */
public final class WorkflowSettings {

    private static final Logger LOG = Logger.getLogger(WorkflowSettings.class.getName());
    private static final Duration DEFAULT_STUCK_AFTER = Duration.ofDays(3);

    private WorkflowSettings() {
    }

    public static Duration stuckAfter() {
        String v = System.getProperty("xietong.workflow.stuck.after");
        if (v == null || v.isBlank()) {
            v = System.getenv("XIETONG_WORKFLOW_STUCK_AFTER");
        }
        if (v == null || v.isBlank()) {
            return DEFAULT_STUCK_AFTER;
        }
        try {
            Duration d = Duration.parse(v.strip());
            return d.isNegative() || d.isZero() ? DEFAULT_STUCK_AFTER : d;
        } catch (DateTimeParseException e) {
            LOG.warning("XIETONG_WORKFLOW_STUCK_AFTER is not an ISO 8601 duration (" + v + "); using P3D");
            return DEFAULT_STUCK_AFTER;
        }
    }
}
