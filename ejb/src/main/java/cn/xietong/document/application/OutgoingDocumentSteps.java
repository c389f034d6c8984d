package cn.xietong.document.application;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.layout.IncompleteDocumentException;
import cn.xietong.document.layout.LaidOutDocument;
import cn.xietong.document.layout.OfficialDocumentLayout;
import cn.xietong.document.layout.SealPlacement;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.OfficialPdf;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.model.Unit;
import cn.xietong.seal.application.PersonalSignatures;
import cn.xietong.seal.application.SealService;
import cn.xietong.seal.model.ElectronicSeal;
import cn.xietong.seal.model.PersonalSignature;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.workflow.application.StepCompleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The work of each step of the outgoing-document route (发文), done as its task is approved, in the
 * same transaction: 签发 signs the draft's SM3 with the leader's certificate; 编号 gives the number;
 * 排版 lays out the official PDF (GB/T 9704); 用印 applies the unit's seal at the place the layout
 * left for it. 分发 belongs to the exchange ({@code cn.xietong.exchange.application.DistributionStep}). Review and
 * countersign need no work beyond the opinion. The workflow engine has already checked that the
 * caller may act on the task.
 */
@ApplicationScoped
public class OutgoingDocumentSteps {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private PersonalSignatures signatures;

    @Inject
    private NumberingService numbering;

    @Inject
    private SealService seals;

    @Inject
    private AuditLog audit;

    private final OfficialDocumentLayout layout = new OfficialDocumentLayout();

    void onStep(@Observes StepCompleting step) {
        switch (step.stepType()) {
            case SIGN_OFF -> signOff(step);
            case NUMBERING -> number(step);
            case LAYOUT -> layOut(step);
            case SEALING -> seal(step);
            default -> {
            }
        }
    }

    private void signOff(StepCompleting step) {
        Draft draft = draft(step.documentId());
        PersonalSignature s = signatures.sign(step.caller(), "document", draft.getId(), PersonalSignatures.SIGN_OFF,
                Sm3Digest.fromHex(draft.getContentSm3()), step.opinion());
        audit(step, "document.signed-off", "签发：" + s.personName() + "，证书 " + s.certificateSerial()
                + "，内容SM3 " + s.digest());
    }

    private void number(StepCompleting step) {
        Draft draft = draft(step.documentId());
        lastSignOffOf(draft);
        if (draft.getNumberText() == null) {
            numbering.assign(step.caller(), draft.getId(), null);
        }
    }

    private void layOut(StepCompleting step) {
        Draft draft = draft(step.documentId());
        if (draft.getNumberText() == null) {
            throw DomainException.conflict("document.layout.not-numbered", "公文尚未编号，不能排版：请先完成编号。");
        }
        PersonalSignature signOff = lastSignOffOf(draft);
        Unit unit = em.find(Unit.class, draft.getUnitId());
        LaidOutDocument laidOut;
        try {
            laidOut = layout.layOut(OfficialDocumentComposer.compose(draft, unit.getName(), signOff.personName(),
                    LocalDate.ofInstant(signOff.signedAt(), NumberingService.ZONE)));
        } catch (IncompleteDocumentException e) {
            throw DomainException.conflict("document.layout.incomplete", e.getMessage());
        }
        SealPlacement place = laidOut.seal();
        OfficialPdf pdf = new OfficialPdf(draft.getId(), OfficialPdf.Stage.LAID_OUT, laidOut.pdf(),
                Sm3Digest.of(laidOut.pdf()).toString(), laidOut.pageCount(), place.page(), place.area().left(),
                place.area().top(), step.caller().personId(), Instant.now());
        em.persist(pdf);
        audit(step, "document.laid-out", "排版：" + laidOut.pageCount() + "页，PDF SM3 " + pdf.getSm3());
    }

    private void seal(StepCompleting step) {
        Draft draft = draft(step.documentId());
        OfficialPdf laidOut = OfficialPdfs.latest(em, draft.getId())
                .filter(p -> p.getStage() == OfficialPdf.Stage.LAID_OUT)
                .orElseThrow(() -> DomainException.conflict("document.seal.not-laid-out", "公文尚未排版，不能用印。"));
        UUID sealId = chooseSeal(step.caller(), step.parameters().get("sealId"));
        byte[] sealed = seals.apply(step.caller(), sealId, laidOut.getPdf(), laidOut.getSealPage(),
                laidOut.getSealLeft(), laidOut.getSealTop());
        OfficialPdf result = laidOut.sealed(sealed, Sm3Digest.of(sealed).toString(), step.caller().personId(), Instant.now());
        em.persist(result);
        audit(step, "document.sealed", "用印：第" + laidOut.getSealPage() + "页，盖章后 SM3 " + result.getSm3());
    }

    /**
     * The leader's latest sign-off, which must cover the draft's current content: what is numbered,
     * laid out and sealed is exactly what the leader signed.
     */
    private PersonalSignature lastSignOffOf(Draft draft) {
        List<PersonalSignature> signOffs = signatures.of("document", draft.getId()).stream()
                .filter(s -> PersonalSignatures.SIGN_OFF.equals(s.purpose())).toList();
        if (signOffs.isEmpty()) {
            throw DomainException.conflict("document.not-signed-off", "公文尚未签发，不能编号、排版或用印。");
        }
        PersonalSignature signOff = signOffs.get(signOffs.size() - 1);
        if (!signOff.digest().equals(draft.getContentSm3())) {
            throw DomainException.conflict("document.changed-after-sign-off",
                    "公文内容在" + signOff.personName() + "签发后被修改过，不能继续办理：请退回签发人重新签发。");
        }
        return signOff;
    }

    /** The seal the approver chose, or the only valid seal of the unit they may use. */
    private UUID chooseSeal(Caller caller, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            try {
                return UUID.fromString(chosen.strip());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("document.seal.id-invalid", "所选印章编号格式不正确。");
            }
        }
        Instant now = Instant.now();
        List<ElectronicSeal> usable = seals.sealsOfMyUnit(caller).stream()
                .filter(s -> s.mayBeUsedBy(caller.personId()) && s.isValidAt(now)).toList();
        if (usable.isEmpty()) {
            throw DomainException.conflict("document.seal.none-usable",
                    "本单位没有您可以使用的有效印章，请印章管理员制作印章并将您列为使用人。");
        }
        if (usable.size() > 1) {
            throw DomainException.invalid("document.seal.choose",
                    "您可使用多枚印章，请选择要加盖的印章（sealId）：" + String.join("、", usable.stream()
                            .map(s -> s.name() + "（印章编码 " + s.esId() + "，有效期至 "
                                    + LocalDate.ofInstant(s.validTo(), NumberingService.ZONE) + "）").toList()));
        }
        return usable.get(0).id();
    }

    private Draft draft(UUID id) {
        Draft draft = id == null ? null : em.find(Draft.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw DomainException.notFound("document.not-found", "找不到该流程对应的公文。");
        }
        return draft;
    }

    private void audit(StepCompleting step, String action, String detail) {
        Caller c = step.caller();
        audit.record(AuditEvent.of(action).by(c.personId(), c.name(), c.unitId()).on("document", step.documentId()).detail(detail));
    }
}
