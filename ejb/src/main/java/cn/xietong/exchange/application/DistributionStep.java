package cn.xietong.exchange.application;

import cn.xietong.exchange.format.AddresseeRole;
import cn.xietong.workflow.application.StepCompleting;
import cn.xietong.workflow.model.StepType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;

/**
 * The 分发 step of the outgoing-document route: approving it distributes the sealed document to its
 * 主送 and 抄送 units, plus the units whose credit codes the clerk gives in the step's parameter
 * {@code addressees} (comma-separated, as 主送) and {@code copies} (as 抄送).
 */
@ApplicationScoped
public class DistributionStep {

    @Inject
    private DistributionService distribution;

    void onStep(@Observes StepCompleting step) {
        if (step.stepType() != StepType.DISTRIBUTION) {
            return;
        }
        List<DistributionService.Addressee> more = new java.util.ArrayList<>();
        codes(step.parameters().get("addressees")).forEach(c -> more.add(new DistributionService.Addressee(c, AddresseeRole.MAIN)));
        codes(step.parameters().get("copies")).forEach(c -> more.add(new DistributionService.Addressee(c, AddresseeRole.COPY)));
        distribution.distributeAtStep(step.caller(), step.documentId(), more);
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
