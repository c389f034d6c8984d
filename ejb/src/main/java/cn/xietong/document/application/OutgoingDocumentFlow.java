package cn.xietong.document.application;

import cn.xietong.organisation.application.Page;
import cn.xietong.shared.WorkListPage;
import cn.xietong.workflow.application.Views;
import cn.xietong.workflow.application.WorkflowQueries;
import java.util.Map;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.OfficialPdf;
import cn.xietong.identity.Caller;
import cn.xietong.seal.application.PersonalSignatures;
import cn.xietong.shared.DomainException;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.workflow.application.WorkflowService;
import cn.xietong.workflow.application.WorkflowService.SignerChoice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * The outgoing document on its route (发文流程): submitting a ready draft onto the unit's process
 * template, and what the route produced — the leader's verifiable sign-off and the official PDF.
 * The steps' work itself is in {@link OutgoingDocumentSteps}.
 */
@Stateless
public class OutgoingDocumentFlow {

    @PersistenceContext(unitName = "xietong")
    private EntityManager em;

    @Inject
    private DraftService drafts;

    @Inject
    private WorkflowService workflow;

    @Inject
    private WorkflowQueries queries;

    @Inject
    private PersonalSignatures signatures;

    /**
     * One page of the caller's drafts (我的拟稿), each with the latest route it went on (none if
     * never submitted): two queries for the page, whatever its size.
     */
    public Page<DraftOnRoute> myDrafts(Caller caller, WorkListPage page) {
        Page<Draft> mine = drafts.mine(caller, page);
        Map<UUID, Views.InstanceSummary> routes = queries.latestOf(caller, mine.items().stream().map(Draft::getId).toList());
        return mine.map(d -> new DraftOnRoute(d, routes.get(d.getId())));
    }

    /** A draft and the latest route it went on, or null. */
    public record DraftOnRoute(Draft draft, Views.InstanceSummary route) {
    }

    /** Submits the caller's draft: it must be ready (all required elements and forms); title and kind come from it. */
    public UUID submit(Caller caller, UUID documentId, List<SignerChoice> countersigners) {
        Draft draft = drafts.get(caller, documentId);
        drafts.checkReadyForSubmission(caller, documentId);
        return workflow.start(caller, new WorkflowService.StartRequest(draft.getId(), draft.getTitle(), draft.getKind(),
                countersigners == null ? List.of() : countersigners));
    }

    /** The newest official PDF (sealed, else laid out) of a document the caller may read. */
    public OfficialPdf officialPdf(Caller caller, UUID documentId) {
        drafts.get(caller, documentId);
        return OfficialPdfs.latest(em, documentId).orElseThrow(() ->
                DomainException.notFound("document.official-pdf.none", "该公文尚未排版，还没有正式文件。"));
    }

    /** The leader's sign-offs of a document the caller may read, each verified against the content now. */
    public List<PersonalSignatures.Verification> signOffs(Caller caller, UUID documentId) {
        Draft draft = drafts.get(caller, documentId);
        Sm3Digest now = Sm3Digest.fromHex(draft.getContentSm3());
        return signatures.of("document", documentId).stream()
                .filter(s -> PersonalSignatures.SIGN_OFF.equals(s.purpose()))
                .map(s -> signatures.verify(s, now)).toList();
    }
}
