package cn.xietong.workflow.model;

import cn.xietong.organisation.model.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A process template's content: the document kind it routes, its name and its steps in order.
 * Immutable; a stored template version keeps one for ever (running instances refer to it).
 */
public record ProcessDefinition(DocumentKind kind, String name, List<StepDefinition> steps) {

    public static final int MAX_STEPS = 30;

    public ProcessDefinition {
        steps = List.copyOf(steps);
    }

    public StepDefinition step(int index) {
        return steps.get(index);
    }

    public int size() {
        return steps.size();
    }

    /**
     * The built-in template of a kind, used by every unit until its administrators import their own:
     * 核稿 → 会签（并行，拟稿人提交时选择处室）→ 签发 → 编号 → 排版 → 用印 → 分发. 命令（令） has no
     * countersign; 纪要 carries no seal (GB/T 9704: 纪要 is not sealed).
     */
    public static ProcessDefinition defaultFor(DocumentKind kind) {
        List<StepDefinition> steps = new ArrayList<>();
        steps.add(StepDefinition.single(StepType.REVIEW, AssigneeRule.ofRole(Role.REVIEWER), Duration.ofDays(1)));
        if (kind != DocumentKind.ORDER) {
            steps.add(new StepDefinition(StepType.COUNTERSIGN, "会签", CountersignMode.PARALLEL, List.of(),
                    true, null, Duration.ofDays(2)));
        }
        steps.add(StepDefinition.single(StepType.SIGN_OFF, AssigneeRule.ofRole(Role.LEADER), Duration.ofDays(1)));
        steps.add(StepDefinition.single(StepType.NUMBERING, AssigneeRule.ofRole(Role.CLERK), Duration.ofHours(8)));
        steps.add(StepDefinition.single(StepType.LAYOUT, AssigneeRule.ofRole(Role.CLERK), Duration.ofDays(1)));
        if (kind != DocumentKind.MINUTES) {
            steps.add(StepDefinition.single(StepType.SEALING, AssigneeRule.ofRole(Role.SEAL_ADMIN), Duration.ofHours(8)));
        }
        steps.add(StepDefinition.single(StepType.DISTRIBUTION, AssigneeRule.ofRole(Role.CLERK), Duration.ofHours(8)));
        return new ProcessDefinition(kind, kind.chineseName() + "发文流程（默认）", steps);
    }

    /** The index of the first countersign step whose signers are chosen at submit, or -1. */
    public int firstChosenCountersign() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isCountersign() && steps.get(i).chosenAtSubmit()) {
                return i;
            }
        }
        return -1;
    }
}
