package cn.xietong.web.organisation;

import java.util.List;

/** The complete new set of a person's roles, by name: DRAFTER, REVIEWER, LEADER, CLERK, … */
public record RolesRequest(List<String> roles) {
}
