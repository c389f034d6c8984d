package cn.xietong.document.application;

import cn.xietong.workflow.application.WorkflowQueries;
import jakarta.enterprise.inject.spi.CDI;

import cn.xietong.document.model.Draft;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Role;
import cn.xietong.shared.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Who may see and change a draft. A draft is internal to its unit: in another unit nobody — not even
 * a platform administrator — learns that it exists (404). In its unit the drafter, reviewers, leaders,
 * clerks and everyone taking part in its route (countersigners, the seal administrator, delegates)
 * see it; the drafter, reviewers and leaders change it (核稿 and 签发 edit the text too).
 */
final class DocumentAccess {

    private DocumentAccess() {
    }

    static Draft readable(EntityManager em, Caller caller, UUID id, boolean lock) {
        Draft draft = id == null ? null
                : lock ? em.find(Draft.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Draft.class, id);
        if (draft == null || !canRead(caller, draft)) {
            throw notFound(id);
        }
        return draft;
    }

    static Draft editable(EntityManager em, Caller caller, UUID id) {
        Draft draft = readable(em, caller, id, true);
        if (!caller.personId().equals(draft.getDrafterId()) && !caller.has(Role.REVIEWER) && !caller.has(Role.LEADER)) {
            throw DomainException.forbidden("document.edit-forbidden",
                    "只有拟稿人、核稿人或领导可以修改这份公文，您可以查看但不能修改。");
        }
        return draft;
    }

    static boolean canRead(Caller caller, Draft draft) {
        if (!caller.belongsTo(draft.getUnitId())) {
            return false;
        }
        return caller.personId().equals(draft.getDrafterId()) || caller.has(Role.REVIEWER)
                || caller.has(Role.LEADER) || caller.has(Role.CLERK)
                // countersigners, the seal administrator, delegates: whoever takes part in its route
                || CDI.current().select(WorkflowQueries.class).get().isInvolved(caller, draft.getId());
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("document.not-found", "找不到该公文（编号 " + id + "），或您无权查看。");
    }
}
