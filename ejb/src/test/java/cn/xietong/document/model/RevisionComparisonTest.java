package cn.xietong.document.model;

import cn.xietong.workflow.model.DocumentKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionComparisonTest {

    private static final UnitRef EDUCATION = new UnitRef(UUID.randomUUID(), "南江市教育局");
    private static final UnitRef FINANCE = new UnitRef(UUID.randomUUID(), "南江市财政局");

    @Test
    void namesTheElementsThatChangedWithBeforeAndAfter() {
        DraftContent first = draft("关于开展安全检查的通知", List.of(EDUCATION), "<p>请各单位自查。</p>", null);
        DraftContent second = draft("关于开展安全生产检查的通知", List.of(EDUCATION, FINANCE), "<p>请各单位自查。</p>",
                Disclosure.PROACTIVE);
        RevisionComparison c = RevisionComparison.between(first, second);
        assertEquals(List.of("title", "mainAddressees", "disclosure"),
                c.elements().stream().map(RevisionComparison.ElementChange::element).toList());
        RevisionComparison.ElementChange title = c.elements().get(0);
        assertEquals("标题", title.label());
        assertEquals("关于开展安全检查的通知", title.before());
        assertEquals("关于开展安全生产检查的通知", title.after());
        assertEquals("南江市教育局、南江市财政局", c.elements().get(1).after());
        assertEquals(null, c.elements().get(2).before());
    }

    @Test
    void comparesTheBodyByParagraphAndAChangedParagraphByCharacter() {
        DraftContent a = draft("t", List.of(), "<p>第一段。</p><p>请于3月1日前报送。</p><p>第三段。</p>", null);
        DraftContent b = draft("t", List.of(), "<p>第一段。</p><p>请于3月10日前报送。</p><p>新增一段。</p><p>第三段。</p>", null);
        RevisionComparison c = RevisionComparison.between(a, b);
        List<RevisionComparison.ParagraphOp> ops = c.body().stream().map(RevisionComparison.ParagraphChange::op).toList();
        assertEquals(List.of(RevisionComparison.ParagraphOp.UNCHANGED, RevisionComparison.ParagraphOp.CHANGED,
                RevisionComparison.ParagraphOp.ADDED, RevisionComparison.ParagraphOp.UNCHANGED), ops);
        var changed = c.body().get(1);
        assertEquals("请于3月1日前报送。", changed.before());
        assertTrue(changed.segments().contains(new RevisionComparison.Segment(TextDiff.Op.ADDED, "0")), changed.toString());
        assertEquals("body", c.elements().get(0).element());
    }

    @Test
    void identicalRevisionsHaveNoChanges() {
        DraftContent a = draft("t", List.of(EDUCATION), "<p>x</p>", Disclosure.NOT_PUBLIC);
        assertTrue(RevisionComparison.between(a, a).identical());
        assertEquals(a, DraftContent.fromJson(a.toJson()));
        assertEquals(a.digest(), DraftContent.fromJson(a.toJson()).digest());
    }

    @Test
    void removedParagraphsAreReported() {
        List<RevisionComparison.ParagraphChange> body = RevisionComparison.body(List.of("a", "b", "c"), List.of("a", "c"));
        assertEquals(RevisionComparison.ParagraphOp.REMOVED, body.get(1).op());
        assertEquals("b", body.get(1).before());
    }

    static DraftContent draft(String title, List<UnitRef> main, String body, Disclosure disclosure) {
        return new DraftContent(DocumentKind.NOTICE, Direction.DOWNWARD, null, Classification.UNCLASSIFIED, Urgency.NONE,
                "南江市人民政府办公室文件", null, title, main, body, null, "南江市人民政府办公室", null, null, List.of(),
                null, null, disclosure, null, null, false);
    }
}
