package cn.xietong.web.document;

import cn.xietong.workflow.application.Views;
import cn.xietong.document.model.Attachment;
import cn.xietong.document.model.Draft;
import cn.xietong.document.model.DraftContent;
import cn.xietong.document.model.NumberRegisterEntry;
import cn.xietong.document.model.Revision;
import cn.xietong.document.model.RevisionComparison;
import cn.xietong.document.model.UnitRef;
import cn.xietong.organisation.application.Page;

import java.util.List;
import java.util.function.Function;

/** The records the documents API answers with. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public record UnitView(String id, String name) {
        static List<UnitView> of(List<UnitRef> refs) {
            return refs.stream().map(u -> new UnitView(u.id().toString(), u.name())).toList();
        }
    }

    /** A draft with all its elements, its current revision and its document number (null before numbering). */
    public record DraftView(String id, String unitId, String drafterId, String drafterName, int revision,
                            String contentSm3, String createdAt, String updatedAt, String documentNumber,
                            String kind, String kindName, String direction, String copyNumber, String classification,
                            String urgency, String urgencyName, String issuingOrganMark, String signer, String title,
                            List<UnitView> mainAddressees, String body, String attachmentNotes, String signatureOrgan,
                            String writtenDate, String notes, List<UnitView> copiedAddressees, String printingOrgan,
                            String printingDate, String disclosure, String disclosureName, String nonDisclosureReason,
                            Boolean policyDocument, boolean normative) {
        static DraftView of(Draft d) {
            DraftContent c = d.content();
            return new DraftView(d.getId().toString(), d.getUnitId().toString(), d.getDrafterId().toString(),
                    d.getDrafterName(), d.getRevisionNo(), d.getContentSm3(), d.getCreatedAt().toString(),
                    d.getUpdatedAt().toString(), d.getNumberText(), c.kind().name(), c.kind().chineseName(),
                    c.direction() == null ? null : c.direction().name(), c.copyNumber(), c.classification().chineseName(),
                    c.urgency().name(), c.urgency().chineseName(), c.issuingOrganMark(), c.signer(), c.title(),
                    UnitView.of(c.mainAddressees()), c.body(), c.attachmentNotes(), c.signatureOrgan(),
                    c.writtenDate() == null ? null : c.writtenDate().toString(), c.notes(),
                    UnitView.of(c.copiedAddressees()), c.printingOrgan(),
                    c.printingDate() == null ? null : c.printingDate().toString(),
                    c.disclosure() == null ? null : c.disclosure().name(),
                    c.disclosure() == null ? null : c.disclosure().chineseName(), c.nonDisclosureReason(),
                    c.policyDocument(), c.normative());
        }
    }

    /** A line of "my drafts". */
    /** A draft in my list, with the latest route it went on ({@code route} null: never submitted). */
    public record DraftSummary(String id, String title, String kind, String kindName, int revision, String updatedAt,
                               String documentNumber, RouteSummary route) {
        static DraftSummary of(Draft d, Views.InstanceSummary route) {
            return new DraftSummary(d.getId().toString(), d.getTitle(), d.getKind().name(), d.getKind().chineseName(),
                    d.getRevisionNo(), d.getUpdatedAt().toString(), d.getNumberText(),
                    route == null ? null : new RouteSummary(route.id().toString(), route.state(), route.stateName(),
                            route.currentStepName()));
        }
    }

    /** Where a document's route stands: its instance, state (RUNNING, COMPLETED…) and current step. */
    public record RouteSummary(String instanceId, String state, String stateName, String currentStepName) {
    }

    public record RevisionView(int revision, String authorId, String authorName, String savedAt, String contentSm3) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.getRevisionNo(), r.getAuthorId().toString(), r.getAuthorName(),
                    r.getSavedAt().toString(), r.getContentSm3());
        }
    }

    public record ComparisonView(RevisionView from, RevisionView to, boolean identical,
                                 List<RevisionComparison.ElementChange> elements,
                                 List<RevisionComparison.ParagraphChange> body) {
    }

    public record AttachmentView(String id, String fileName, String fileType, String fileTypeName, String mediaType,
                                 long size, String sm3, String form, String uploadedBy, String uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId().toString(), a.getFileName(), a.getFileType().name(),
                    a.getFileType().label(), a.mediaType(), a.getSize(), a.getSm3(), a.getForm(),
                    a.getUploadedByName(), a.getUploadedAt().toString());
        }
    }

    /** What a draft lacks before submission; {@code ready} when nothing. */
    public record ReadinessView(boolean ready, List<String> missing) {
    }

    public record FormsView(List<String> forms) {
    }

    public record OrganCodeView(String kind, String kindName, String organCode, boolean isDefault) {
        static OrganCodeView of(cn.xietong.document.application.UnitDocumentSettings.OrganCode c) {
            return new OrganCodeView(c.kind().name(), c.kind().chineseName(), c.code(), c.isDefault());
        }
    }

    /** A line of the number register (编号登记). */
    public record RegisterEntryView(String number, String organCode, int year, int serial, String kind, String kindName,
                                    String documentId, String title, String status, String statusName,
                                    String assignedBy, String assignedAt, String voidReason, String voidedBy,
                                    String voidedAt) {
        static RegisterEntryView of(NumberRegisterEntry e) {
            var n = e.number();
            return new RegisterEntryView(n.format(), n.organCode(), n.year(), n.serial(), e.getKind().name(),
                    e.getKind().chineseName(), e.getDraftId() == null ? null : e.getDraftId().toString(), e.getTitle(),
                    e.getStatus().name(), e.getStatus().chineseName(), e.getAssignedByName(),
                    e.getAssignedAt().toString(), e.getVoidReason(), e.getVoidedByName(),
                    e.getVoidedAt() == null ? null : e.getVoidedAt().toString());
        }
    }

    public record NumberRequest(Integer year) {
    }

    public record VoidRequest(String reason) {
    }

    public record PageView<T>(List<T> items, int page, int size, long total, long pages) {
        static <E, T> PageView<T> of(Page<E> page, Function<? super E, ? extends T> map) {
            return new PageView<>(page.items().stream().<T>map(map).toList(), page.page(), page.size(), page.total(),
                    (page.total() + page.size() - 1) / page.size());
        }
    }
}
