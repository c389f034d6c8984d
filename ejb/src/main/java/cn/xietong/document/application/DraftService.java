package cn.xietong.document.application;

import cn.xietong.shared.WorkListPage;
import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.DraftContent;
import cn.xietong.document.model.DraftData;
import cn.xietong.document.model.DraftRules;
import cn.xietong.document.model.Revision;
import cn.xietong.document.model.RevisionComparison;
import cn.xietong.document.model.UnitRef;
import cn.xietong.identity.Caller;
import cn.xietong.organisation.application.Page;
import cn.xietong.organisation.application.PageRequest;
import cn.xietong.organisation.model.Role;
import cn.xietong.organisation.model.Unit;
import cn.xietong.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Drafting (拟稿): create a draft, save it again and again — each save a revision with its author and
 * time (痕迹保留) —, list one's drafts, read and compare revisions, and tell what a draft still lacks
 * before submission. Every change is audited with the SM3 digest of the revision's content.
 */
@Stateless
public class DraftService {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    public Revision create(Caller caller, DraftData data) {
        caller.requireAnyRole(Role.DRAFTER, Role.REVIEWER, Role.LEADER, Role.CLERK);
        DraftContent content = content(data);
        Revision first = Draft.start(caller.unitId(), caller.personId(), caller.name(), content, Instant.now());
        em.persist(first.draft());
        em.persist(first);
        audit.record(AuditEvent.of("document.draft.created").by(caller.personId(), caller.name(), caller.unitId())
                .on("document", first.getDraftId())
                .detail("第1稿《" + content.title() + "》（" + content.kind().chineseName() + "），内容SM3 " + first.getContentSm3()));
        return first;
    }

    /**
     * Saves the draft as a new revision. With {@code baseRevision} the save is refused (409) when
     * someone saved a later revision meanwhile. An unchanged content makes no new revision.
     */
    public Draft save(Caller caller, UUID id, Integer baseRevision, DraftData data) {
        Draft draft = DocumentAccess.editable(em, caller, id);
        if (baseRevision != null && baseRevision != draft.getRevisionNo()) {
            throw DomainException.conflict("document.revision-stale",
                    "这份公文已由他人保存为第" + draft.getRevisionNo() + "稿，您修改的是第" + baseRevision
                            + "稿。请刷新后在最新稿上修改，以免覆盖他人的修改。");
        }
        DraftContent content = content(data);
        Revision revision = draft.revise(content, caller.personId(), caller.name(), Instant.now());
        if (revision != null) {
            em.persist(revision);
            audit.record(AuditEvent.of("document.draft.saved").by(caller.personId(), caller.name(), caller.unitId())
                    .on("document", id)
                    .detail("第" + revision.getRevisionNo() + "稿《" + content.title() + "》，内容SM3 " + revision.getContentSm3()));
        }
        return draft;
    }

    public Draft get(Caller caller, UUID id) {
        return DocumentAccess.readable(em, caller, id, false);
    }

    /** The caller's own drafts (拟稿), most recently saved first. */
    public Page<Draft> mine(Caller caller, WorkListPage page) {
        List<Draft> items = em.createQuery("select d from Draft d where d.drafterId = :me and d.unitId = :unit"
                        + " order by d.updatedAt desc, d.id", Draft.class).setHint("org.hibernate.readOnly", true)
                .setParameter("me", caller.personId()).setParameter("unit", caller.unitId())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(d) from Draft d where d.drafterId = :me and d.unitId = :unit", Long.class)
                .setParameter("me", caller.personId()).setParameter("unit", caller.unitId()).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every revision of the draft, first to last. */
    public List<Revision> revisions(Caller caller, UUID id) {
        DocumentAccess.readable(em, caller, id, false);
        return em.createQuery("select r from Revision r where r.draftId = :d order by r.revisionNo", Revision.class)
                .setParameter("d", id).getResultList();
    }

    public Revision revision(Caller caller, UUID id, int revisionNo) {
        DocumentAccess.readable(em, caller, id, false);
        return find(id, revisionNo);
    }

    /** What changed from revision {@code from} to revision {@code to} (any two, either order). */
    public RevisionComparison compare(Caller caller, UUID id, int from, int to) {
        DocumentAccess.readable(em, caller, id, false);
        return RevisionComparison.between(find(id, from).content(), find(id, to).content());
    }

    /** What the draft still lacks before submission, in Chinese; empty when it is ready. */
    public List<String> readiness(Caller caller, UUID id) {
        Draft draft = DocumentAccess.readable(em, caller, id, false);
        List<String> forms = em.createQuery("select a.form from Attachment a where a.draftId = :d and a.form is not null",
                String.class).setParameter("d", id).getResultList();
        return DraftRules.missingForSubmission(draft.content(), UnitDocumentSettings.normativeForms(em, draft.getUnitId()), forms);
    }

    /**
     * Refuses (400, {@code document.not-ready}) with everything the draft lacks at once, or returns
     * quietly when it may be submitted. The workflow's submission calls this first.
     */
    public void checkReadyForSubmission(Caller caller, UUID id) {
        List<String> missing = readiness(caller, id);
        if (!missing.isEmpty()) {
            throw DomainException.invalid("document.not-ready",
                    "公文尚不能提交，还需：" + String.join(" ", missing));
        }
    }

    private Revision find(UUID draftId, int revisionNo) {
        List<Revision> found = em.createQuery("select r from Revision r where r.draftId = :d and r.revisionNo = :n",
                Revision.class).setParameter("d", draftId).setParameter("n", revisionNo).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("document.revision.not-found", "这份公文没有第" + revisionNo + "稿。");
        }
        return found.get(0);
    }

    private DraftContent content(DraftData data) {
        if (data == null) {
            return DraftRules.content(null, List.of(), List.of());
        }
        return DraftRules.content(data, units(data.mainAddresseeIds(), "主送机关"), units(data.copiedAddresseeIds(), "抄送机关"));
    }

    /** The addressee units, in the order given, without repeats; each must exist and be active. */
    private List<UnitRef> units(List<UUID> ids, String label) {
        List<UnitRef> refs = new ArrayList<>();
        if (ids.size() > DraftRules.ADDRESSEES_MAX) {
            throw DomainException.invalid("document.addressees.too-many", label + "最多" + DraftRules.ADDRESSEES_MAX + "个。");
        }
        for (UUID id : new LinkedHashSet<>(ids)) {
            Unit unit = id == null ? null : em.find(Unit.class, id);
            if (unit == null || !unit.isActive()) {
                throw DomainException.invalid("document.addressee.unknown",
                        label + "中的单位（编号 " + id + "）不存在或已停用，请从组织机构中重新选择。");
            }
            refs.add(new UnitRef(unit.getId(), unit.getName()));
        }
        return refs;
    }
}
