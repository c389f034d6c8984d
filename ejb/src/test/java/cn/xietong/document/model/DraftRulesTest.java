package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftRulesTest {

    private static final List<String> FORMS = NormativeForms.DEFAULT;

    @Test
    void classifiedDocumentsAreRefusedAtTheDoor() {
        for (String mark : List.of("秘密", "机密", "绝密", "内部")) {
            DomainException e = assertThrows(DomainException.class, () -> DraftRules.content(data("NOTICE", mark), List.of(), List.of()));
            assertEquals("document.classified-refused", e.code());
            assertEquals("本系统只处理非涉密公文：密级为“" + mark + "”的公文不得录入本系统，请通过涉密渠道办理。", e.getMessage());
        }
        assertEquals(Classification.UNCLASSIFIED, DraftRules.content(data("通知", "非涉密"), List.of(), List.of()).classification());
    }

    @Test
    void aDraftSavedWithoutFlagsListsEverythingMissingAtOnce() {
        DraftContent c = DraftRules.content(data("REQUEST", null), List.of(), List.of());
        List<String> missing = DraftRules.missingForSubmission(c, FORMS, List.of());
        assertEquals(4, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("行文方向"));
        assertTrue(missing.stream().anyMatch(m -> m.contains("公开属性")));
        assertTrue(missing.stream().anyMatch(m -> m.contains("政策性文件")));
    }

    @Test
    void notPublicNeedsAReasonAndARequestGoesUpToOneAddressee() {
        DraftContent c = new DraftContent(cn.xietong.workflow.model.DocumentKind.REQUEST, Direction.DOWNWARD, null,
                Classification.UNCLASSIFIED, Urgency.NONE, null, null, "关于拨付经费的请示",
                List.of(unit("甲"), unit("乙")), "<p>妥否，请批示。</p>", null, null, null, null, List.of(), null, null,
                Disclosure.NOT_PUBLIC, null, false, false);
        List<String> missing = DraftRules.missingForSubmission(c, FORMS, List.of());
        assertEquals(3, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("上行"));
        assertTrue(missing.get(1).contains("只主送一个"));
        assertTrue(missing.get(2).contains("理由"));
    }

    @Test
    void aNormativeDocumentNeedsEachMandatoryForm() {
        DraftContent c = new DraftContent(cn.xietong.workflow.model.DocumentKind.NOTICE, Direction.DOWNWARD, null,
                Classification.UNCLASSIFIED, Urgency.NONE, null, null, "关于印发管理办法的通知", List.of(unit("甲")),
                "<p>现印发给你们。</p>", null, null, null, null, List.of(), null, null, Disclosure.PROACTIVE, null, true, true);
        assertEquals(List.of("规范性文件须附“合法性审查意见”，请上传并标明附件类型。", "规范性文件须附“公平竞争审查表”，请上传并标明附件类型。"),
                DraftRules.missingForSubmission(c, FORMS, List.of()));
        assertEquals(1, DraftRules.missingForSubmission(c, FORMS, List.of("合法性审查意见")).size());
        assertTrue(DraftRules.missingForSubmission(c, FORMS, List.of("公平竞争审查表", "合法性审查意见")).isEmpty());
    }

    @Test
    void badValuesAreRefusedWithTheirField() {
        assertEquals("document.kind.unknown", assertThrows(DomainException.class,
                () -> DraftRules.content(data("布告", null), List.of(), List.of())).code());
        DraftData badDate = new DraftData("NOTICE", null, null, null, null, null, null, "t", null, null, null, null,
                "2026/03/01", null, null, null, null, null, null, null, null);
        assertEquals("document.written-date.format", assertThrows(DomainException.class,
                () -> DraftRules.content(badDate, List.of(), List.of())).code());
        DraftData badCopy = new DraftData("NOTICE", null, "A1", null, null, null, null, "t", null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertEquals("document.copy-number.format", assertThrows(DomainException.class,
                () -> DraftRules.content(badCopy, List.of(), List.of())).code());
    }

    @Test
    void attachmentLimitsAnswerTooLarge() {
        AttachmentLimits limits = AttachmentLimits.DEFAULT;
        DomainException one = assertThrows(DomainException.class, () -> limits.check("a.pdf", 20 * AttachmentLimits.MB + 1, 0));
        assertEquals(413, one.kind().httpStatus());
        assertEquals("document.attachment.too-large", one.code());
        DomainException all = assertThrows(DomainException.class,
                () -> limits.check("b.pdf", 10 * AttachmentLimits.MB, 95 * AttachmentLimits.MB));
        assertEquals("document.attachments.total-too-large", all.code());
        limits.check("c.pdf", 20 * AttachmentLimits.MB, 80 * AttachmentLimits.MB);
    }

    @Test
    void fileTypesAreRecognisedByContentNotName() {
        byte[] pdf = "%PDF-1.7\n...".getBytes();
        assertEquals(FileType.PDF, FileType.check("方案.pdf", pdf));
        assertEquals("document.attachment.type-mismatch", assertThrows(DomainException.class,
                () -> FileType.check("照片.png", pdf)).code());
        assertEquals("document.attachment.content-unrecognised", assertThrows(DomainException.class,
                () -> FileType.check("方案.pdf", "<html>".getBytes())).code());
        assertEquals("document.attachment.type-not-allowed", assertThrows(DomainException.class,
                () -> FileType.check("run.exe", pdf)).code());
    }

    private static UnitRef unit(String name) {
        return new UnitRef(UUID.randomUUID(), name);
    }

    private static DraftData data(String kind, String classification) {
        return new DraftData(kind, null, null, classification, null, null, null, "关于开展安全检查的通知", null,
                "<p>正文</p>", null, null, null, null, null, null, null, null, null, null, null);
    }
}
