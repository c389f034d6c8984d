package cn.xietong.document.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two revisions of a draft: each element whose value differs (from what to
 * what, as a person reads it), and the body paragraph by paragraph — kept, removed, added or changed,
 * a changed paragraph with its character-level differences.
 */
public record RevisionComparison(List<ElementChange> elements, List<ParagraphChange> body) {

    /** One element (e.g. 标题) with its value before and after; null means empty. */
    public record ElementChange(String element, String label, String before, String after) {
    }

    public enum ParagraphOp { UNCHANGED, REMOVED, ADDED, CHANGED }

    /** A paragraph of the body; {@code segments} show a changed paragraph's edits character by character. */
    public record ParagraphChange(ParagraphOp op, String before, String after, List<Segment> segments) {
    }

    /** A run of characters kept, removed or added. */
    public record Segment(TextDiff.Op op, String text) {
    }

    public boolean identical() {
        return elements.isEmpty();
    }

    public static RevisionComparison between(DraftContent a, DraftContent b) {
        List<ElementChange> changes = new ArrayList<>();
        element(changes, a, b, "kind", "文种", c -> c.kind().chineseName());
        element(changes, a, b, "direction", "行文方向", c -> c.direction() == null ? null : c.direction().chineseName());
        element(changes, a, b, "copyNumber", "份号", DraftContent::copyNumber);
        element(changes, a, b, "classification", "密级", c -> c.classification().chineseName());
        element(changes, a, b, "urgency", "紧急程度", c -> c.urgency().chineseName());
        element(changes, a, b, "issuingOrganMark", "发文机关标志", DraftContent::issuingOrganMark);
        element(changes, a, b, "signer", "签发人", DraftContent::signer);
        element(changes, a, b, "title", "标题", DraftContent::title);
        element(changes, a, b, "mainAddressees", "主送机关", c -> names(c.mainAddressees()));
        element(changes, a, b, "body", "正文", DraftContent::body);
        element(changes, a, b, "attachmentNotes", "附件说明", DraftContent::attachmentNotes);
        element(changes, a, b, "signatureOrgan", "发文机关署名", DraftContent::signatureOrgan);
        element(changes, a, b, "writtenDate", "成文日期", c -> date(c.writtenDate()));
        element(changes, a, b, "notes", "附注", DraftContent::notes);
        element(changes, a, b, "copiedAddressees", "抄送机关", c -> names(c.copiedAddressees()));
        element(changes, a, b, "printingOrgan", "印发机关", DraftContent::printingOrgan);
        element(changes, a, b, "printingDate", "印发日期", c -> date(c.printingDate()));
        element(changes, a, b, "disclosure", "公开属性", c -> c.disclosure() == null ? null : c.disclosure().chineseName());
        element(changes, a, b, "nonDisclosureReason", "不公开理由", DraftContent::nonDisclosureReason);
        element(changes, a, b, "policyDocument", "政策性文件", c -> c.policyDocument() == null ? null : c.policyDocument() ? "是" : "否");
        element(changes, a, b, "normative", "规范性文件", c -> c.normative() ? "是" : "否");
        return new RevisionComparison(changes, body(RichText.paragraphs(a.body()), RichText.paragraphs(b.body())));
    }

    static List<ParagraphChange> body(List<String> before, List<String> after) {
        List<TextDiff.Step<String>> steps = TextDiff.of(before, after);
        List<ParagraphChange> out = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            TextDiff.Step<String> s = steps.get(k);
            switch (s.op()) {
                case SAME -> out.add(new ParagraphChange(ParagraphOp.UNCHANGED, s.value(), s.value(), List.of()));
                case ADDED -> out.add(new ParagraphChange(ParagraphOp.ADDED, null, s.value(), List.of()));
                case REMOVED -> {
                    // A removal followed by an addition is one paragraph rewritten: show it character by character.
                    if (k + 1 < steps.size() && steps.get(k + 1).op() == TextDiff.Op.ADDED) {
                        String then = steps.get(++k).value();
                        out.add(new ParagraphChange(ParagraphOp.CHANGED, s.value(), then, segments(s.value(), then)));
                    } else {
                        out.add(new ParagraphChange(ParagraphOp.REMOVED, s.value(), null, List.of()));
                    }
                }
            }
        }
        return out;
    }

    static List<Segment> segments(String before, String after) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        TextDiff.Op current = null;
        for (TextDiff.Step<String> s : TextDiff.of(TextDiff.characters(before), TextDiff.characters(after))) {
            if (s.op() != current && current != null) {
                out.add(new Segment(current, run.toString()));
                run.setLength(0);
            }
            current = s.op();
            run.append(s.value());
        }
        if (current != null) {
            out.add(new Segment(current, run.toString()));
        }
        return out;
    }

    private static void element(List<ElementChange> out, DraftContent a, DraftContent b, String name, String label,
                                Function<DraftContent, String> value) {
        String before = value.apply(a);
        String after = value.apply(b);
        if (!Objects.equals(before, after)) {
            out.add(new ElementChange(name, label, before, after));
        }
    }

    private static String names(List<UnitRef> units) {
        return units.isEmpty() ? null : units.stream().map(UnitRef::name).collect(Collectors.joining("、"));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
