package cn.xietong.web.document;

import cn.xietong.document.application.AttachmentService;
import cn.xietong.document.application.DocumentSettingsService;
import cn.xietong.document.application.DraftService;
import cn.xietong.document.application.OutgoingDocumentFlow;
import cn.xietong.seal.application.PersonalSignatures;
import cn.xietong.document.model.Revision;
import cn.xietong.document.model.RevisionComparison;
import cn.xietong.identity.Caller;
import cn.xietong.web.QueryParams;
import cn.xietong.web.document.DocumentViews.AttachmentView;
import cn.xietong.web.document.DocumentViews.ComparisonView;
import cn.xietong.web.document.DocumentViews.DraftSummary;
import cn.xietong.web.document.DocumentViews.DraftView;
import cn.xietong.web.document.DocumentViews.FormsView;
import cn.xietong.web.document.DocumentViews.PageView;
import cn.xietong.web.document.DocumentViews.ReadinessView;
import cn.xietong.web.document.DocumentViews.RevisionView;
import cn.xietong.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Drafts (发文稿): create, save (each save a revision), list mine, revisions and compare, readiness, attachments. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "公文 Documents")
public class DocumentResource {

    @Inject
    private OutgoingDocumentFlow flow;

    @Inject
    private DraftService drafts;

    @Inject
    private AttachmentService attachments;

    @Inject
    private DocumentSettingsService settings;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @POST
    @Operation(summary = "Start a draft (revision 1); only unclassified (非涉密) documents are accepted")
    public Response create(DraftRequest body) {
        Caller caller = current.require();
        Revision first = drafts.create(caller, Inputs.body(body, "至少包括文种 kind 和标题 title。").data());
        DraftView created = DraftView.of(drafts.get(caller, first.getDraftId()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "My drafts (我的拟稿), most recently saved first, each with the latest route it went on (none if "
            + "never submitted); one page (page from 1, size 1–200, default 50) with the total")
    public PageView<DraftSummary> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(flow.myDrafts(current.require(), QueryParams.workListPage(page, size)),
                d -> DraftSummary.of(d.draft(), d.route()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One draft with all its elements")
    public DraftView get(@PathParam("id") String id) {
        return DraftView.of(drafts.get(current.require(), Inputs.id(id, "公文编号")));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the draft as a new revision; with baseRevision, 409 if someone saved a later one meanwhile")
    public DraftView save(@PathParam("id") String id, DraftRequest body) {
        DraftRequest r = Inputs.body(body, "公文的全部要素（至少文种 kind 和标题 title）。");
        return DraftView.of(drafts.save(current.require(), Inputs.id(id, "公文编号"), r.baseRevision(), r.data()));
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every revision of the draft (痕迹): number, author, time, SM3 of its content")
    public List<RevisionView> revisions(@PathParam("id") String id) {
        return drafts.revisions(current.require(), Inputs.id(id, "公文编号")).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{id}/revisions/compare")
    @Operation(summary = "What changed between two revisions: elements from/to, and the body paragraph by paragraph")
    public ComparisonView compare(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = current.require();
        var draftId = Inputs.id(id, "公文编号");
        int a = Inputs.positive(from, "起始稿次 from");
        int b = Inputs.positive(to, "对比稿次 to");
        RevisionComparison c = drafts.compare(caller, draftId, a, b);
        return new ComparisonView(RevisionView.of(drafts.revision(caller, draftId, a)),
                RevisionView.of(drafts.revision(caller, draftId, b)), c.identical(), c.elements(), c.body());
    }

    @GET
    @Path("{id}/revisions/{no}")
    @Operation(summary = "One revision's content as it was saved")
    public DraftView revision(@PathParam("id") String id, @PathParam("no") String no) {
        Caller caller = current.require();
        var draftId = Inputs.id(id, "公文编号");
        Revision r = drafts.revision(caller, draftId, Inputs.positive(no, "稿次"));
        DraftView now = DraftView.of(drafts.get(caller, draftId));
        var c = r.content();
        return new DraftView(now.id(), now.unitId(), now.drafterId(), now.drafterName(), r.getRevisionNo(),
                r.getContentSm3(), now.createdAt(), r.getSavedAt().toString(), null, c.kind().name(),
                c.kind().chineseName(), c.direction() == null ? null : c.direction().name(), c.copyNumber(),
                c.classification().chineseName(), c.urgency().name(), c.urgency().chineseName(), c.issuingOrganMark(),
                c.signer(), c.title(), DocumentViews.UnitView.of(c.mainAddressees()), c.body(), c.attachmentNotes(),
                c.signatureOrgan(), c.writtenDate() == null ? null : c.writtenDate().toString(), c.notes(),
                DocumentViews.UnitView.of(c.copiedAddressees()), c.printingOrgan(),
                c.printingDate() == null ? null : c.printingDate().toString(),
                c.disclosure() == null ? null : c.disclosure().name(),
                c.disclosure() == null ? null : c.disclosure().chineseName(), c.nonDisclosureReason(),
                c.policyDocument(), c.normative());
    }

    @GET
    @Path("{id}/readiness")
    @Operation(summary = "What the draft still lacks before submission (all at once, in Chinese); ready when nothing")
    public ReadinessView readiness(@PathParam("id") String id) {
        List<String> missing = drafts.readiness(current.require(), Inputs.id(id, "公文编号"));
        return new ReadinessView(missing.isEmpty(), missing);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file: the raw bytes as the body, ?name=file name&form=mandatory form it is (optional); "
            + "PDF/PNG/JPEG/DOC/DOCX/XLS/XLSX/WPS/OFD recognised by content; ≤ 20 MB a file, ≤ 100 MB a document (413)")
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, @QueryParam("form") String form,
                           InputStream content) {
        AttachmentView created = AttachmentView.of(attachments.attach(current.require(), Inputs.id(id, "公文编号"),
                name, form, content));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The draft's attachments: name, type, size, SM3, form")
    public List<AttachmentView> attachments(@PathParam("id") String id) {
        return attachments.list(current.require(), Inputs.id(id, "公文编号")).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment: the exact bytes stored; header X-Content-SM3 carries their digest")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        var file = attachments.download(current.require(), Inputs.id(id, "公文编号"), Inputs.id(attachmentId, "附件编号"));
        var a = file.attachment();
        String encoded = URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), a.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-SM3", a.getSm3())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment")
    public Response removeAttachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        attachments.remove(current.require(), Inputs.id(id, "公文编号"), Inputs.id(attachmentId, "附件编号"));
        return Response.noContent().build();
    }

    @GET
    @Path("settings/normative-forms")
    @Operation(summary = "The mandatory attached forms of a normative document (规范性文件) in my unit")
    public FormsView normativeForms() {
        return new FormsView(settings.normativeForms(current.require()));
    }

    @PUT
    @Path("settings/normative-forms")
    @Operation(summary = "Set my unit's mandatory forms for normative documents (unit administrators)")
    public FormsView setNormativeForms(FormsView body) {
        return new FormsView(settings.setNormativeForms(current.require(),
                Inputs.body(body, "必备附件名称列表 forms，如 {\"forms\": [\"合法性审查意见\", \"公平竞争审查表\"]}。").forms()));
    }

    @GET
    @Path("{id}/official-pdf")
    @Produces("application/pdf")
    @Operation(summary = "The official PDF (正式文件): sealed if 用印 is done, else as laid out at 排版")
    public Response officialPdf(@PathParam("id") String id) {
        var pdf = flow.officialPdf(current.require(), Inputs.id(id, "公文编号"));
        return Response.ok(pdf.getPdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"official.pdf\"")
                .header("X-Content-SM3", pdf.getSm3())
                .header("X-Official-Pdf-Stage", pdf.getStage().name())
                .build();
    }

    @GET
    @Path("{id}/sign-offs")
    @Operation(summary = "The leader's sign-offs (签发) with their SM2 signatures, each verified against the content now")
    public List<PersonalSignatures.Verification> signOffs(@PathParam("id") String id) {
        return flow.signOffs(current.require(), Inputs.id(id, "公文编号"));
    }
}
