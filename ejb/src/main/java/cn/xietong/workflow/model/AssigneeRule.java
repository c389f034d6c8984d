package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;

/**
 * Who acts at a step, as a template says it: a role in the unit ({@code role}), a role in a
 * department ({@code role} + {@code department}, the department's name), anyone of a department
 * ({@code department} alone) or a named person ({@code person}, the login name). Resolved to ids when
 * a step becomes active.
 */
public record AssigneeRule(Role role, String department, String person) {

    public static AssigneeRule ofRole(Role role) {
        return new AssigneeRule(role, null, null);
    }

    public static AssigneeRule ofPerson(String login) {
        return new AssigneeRule(null, null, login);
    }

    public static AssigneeRule ofDepartment(String department, Role role) {
        return new AssigneeRule(role, department, null);
    }

    /** For a person: "李国栋" is shown by the task; here the rule in words, e.g. "秘书科 核稿人". */
    public String describe() {
        if (person != null) {
            return person;
        }
        if (department != null) {
            return role == null ? department : department + " " + role.chineseName();
        }
        return role.chineseName();
    }
}
