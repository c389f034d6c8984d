package cn.xietong.workflow.application;

import cn.xietong.identity.Caller;
import cn.xietong.workflow.model.StepType;

import java.util.Map;
import java.util.UUID;

/**
 * Fired (synchronously, in the approving transaction) just before a task is approved, so that the
 * capability owning the document does the step's work — the leader's signature at 签发, the number
 * at 编号, the PDF at 排版, the seal at 用印. An observer that throws a
 * {@link cn.xietong.shared.DomainException} refuses the approval and nothing is kept.
 *
 * @param parameters what the approver chose for the step (e.g. {@code sealId}); never null
 */
public record StepCompleting(Caller caller, UUID taskId, UUID instanceId, UUID documentId, StepType stepType,
                             String opinion, Map<String, String> parameters) {

    public StepCompleting {
        parameters = Map.copyOf(parameters);
    }
}
