package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;

import java.time.Duration;
import java.util.List;

/**
 * One step of a process template. A countersign step has a {@code mode} and either fixed
 * {@code assignees} (one signer each) or signers chosen by the drafter at submit
 * ({@code chosenAtSubmit}, each a department — acted on by its {@code signerRole} holders, or by
 * anyone in it when no role is given — or a person). Every other step has exactly one assignee rule.
 */
public record StepDefinition(StepType type, String name, CountersignMode mode, List<AssigneeRule> assignees,
                             boolean chosenAtSubmit, Role signerRole, Duration deadline) {

    public StepDefinition {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        if (name == null || name.isBlank()) {
            name = type.chineseName();
        }
    }

    public static StepDefinition single(StepType type, AssigneeRule who, Duration deadline) {
        return new StepDefinition(type, type.chineseName(), null, List.of(who), false, null, deadline);
    }

    public boolean isCountersign() {
        return type == StepType.COUNTERSIGN;
    }

    public boolean isSequential() {
        return isCountersign() && mode == CountersignMode.SEQUENTIAL;
    }
}
