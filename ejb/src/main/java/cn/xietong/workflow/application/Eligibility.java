package cn.xietong.workflow.application;

import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;
import cn.xietong.workflow.model.Task;

/** Who may act on a task and who watches a unit's work: rules on one person, no database. */
final class Eligibility {

    private Eligibility() {
    }

    /** Whether {@code p} (active, in the task's unit) is the task's assignee or holds its role/department. */
    static boolean eligible(Person p, Task t) {
        if (p == null || !p.isActive() || !p.getUnit().getId().equals(t.getUnitId())) {
            return false;
        }
        if (t.getAssigneePersonId() != null) {
            return t.getAssigneePersonId().equals(p.getId());
        }
        boolean roleOk = t.getAssigneeRole() == null || p.holds(t.getAssigneeRole());
        boolean departmentOk = t.getAssigneeDepartmentId() == null
                || (p.getDepartment() != null && p.getDepartment().getId().equals(t.getAssigneeDepartmentId()));
        return roleOk && departmentOk;
    }

    /** Leaders and unit administrators see their unit's overdue and stuck work (督办). */
    static boolean isSupervisor(Person p) {
        return p.holds(Role.LEADER) || p.holds(Role.UNIT_ADMIN);
    }
}
