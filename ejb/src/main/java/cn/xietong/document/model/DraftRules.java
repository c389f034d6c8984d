package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import cn.xietong.workflow.model.DocumentKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a draft's content: what may be saved at all (checked on every save — an unclassified
 * document, a safe body, sane lengths) and what it must hold before submission (checked by
 * {@link #missingForSubmission}, all gaps reported at once).
 */
public final class DraftRules {

    public static final int TITLE_MAX = 200;
    public static final int ADDRESSEES_MAX = 300;

    /** Kinds addressed to the public or to no one in particular: no 主送机关 needed. */
    private static final Set<DocumentKind> WITHOUT_MAIN_ADDRESSEE = EnumSet.of(DocumentKind.ANNOUNCEMENT,
            DocumentKind.CIRCULAR, DocumentKind.COMMUNIQUE, DocumentKind.MINUTES, DocumentKind.RESOLUTION,
            DocumentKind.ORDER);
    /** Kinds that only go up to a superior (请示, 报告, 议案). */
    private static final Set<DocumentKind> UPWARD_ONLY = EnumSet.of(DocumentKind.REQUEST, DocumentKind.REPORT,
            DocumentKind.MOTION);

    private DraftRules() {
    }

    /** The checked content of a save; addressees already resolved to units. */
    public static DraftContent content(DraftData d, List<UnitRef> main, List<UnitRef> copied) {
        if (d == null) {
            throw DomainException.invalid("document.draft.missing", "请提供公文内容：至少包括文种 kind 和标题 title。");
        }
        if (d.kind() == null || d.kind().isBlank()) {
            throw DomainException.invalid("document.kind.missing", "请选择文种。" + DocumentKind.choices());
        }
        DocumentKind kind = DocumentKind.find(d.kind());
        if (kind == null) {
            throw DomainException.invalid("document.kind.unknown", "未知文种“" + d.kind().strip() + "”。" + DocumentKind.choices());
        }
        Classification classification = Classification.of(d.classification());
        String title = line(d.title(), TITLE_MAX, "title", "标题");
        if (title == null) {
            throw DomainException.invalid("document.title.missing", "请填写公文标题。");
        }
        if (main.size() > ADDRESSEES_MAX || copied.size() > ADDRESSEES_MAX) {
            throw DomainException.invalid("document.addressees.too-many", "主送、抄送机关各最多" + ADDRESSEES_MAX + "个。");
        }
        return new DraftContent(kind, Direction.of(d.direction()), copyNumber(d.copyNumber()), classification,
                Urgency.of(d.urgency()), line(d.issuingOrganMark(), 100, "issuing-organ-mark", "发文机关标志"),
                line(d.signer(), 100, "signer", "签发人"), title, main, RichText.check(d.body()),
                multiline(d.attachmentNotes(), 2000, "attachment-notes", "附件说明"),
                line(d.signatureOrgan(), 200, "signature-organ", "发文机关署名"),
                date(d.writtenDate(), "written-date", "成文日期"),
                multiline(d.notes(), 1000, "notes", "附注"), copied,
                line(d.printingOrgan(), 100, "printing-organ", "印发机关"),
                date(d.printingDate(), "printing-date", "印发日期"),
                Disclosure.of(d.disclosure()),
                multiline(d.nonDisclosureReason(), 500, "non-disclosure-reason", "不公开理由"),
                d.policyDocument(), Boolean.TRUE.equals(d.normative()));
    }

    /**
     * What the draft still lacks before it may be submitted, in Chinese, every gap at once; empty when
     * it is ready. {@code requiredForms} are the unit's mandatory forms for normative documents,
     * {@code presentForms} the forms the draft's attachments declare.
     */
    public static List<String> missingForSubmission(DraftContent c, List<String> requiredForms,
                                                    Collection<String> presentForms) {
        List<String> missing = new ArrayList<>();
        if (c.direction() == null) {
            missing.add("请选择行文方向（上行、平行、下行）。");
        } else if (UPWARD_ONLY.contains(c.kind()) && c.direction() != Direction.UPWARD) {
            missing.add(c.kind().chineseName() + "是上行文，行文方向应为“上行”。");
        } else if (c.kind() == DocumentKind.REPLY && c.direction() != Direction.DOWNWARD) {
            missing.add("批复是下行文，行文方向应为“下行”。");
        }
        if (c.mainAddressees().isEmpty() && !WITHOUT_MAIN_ADDRESSEE.contains(c.kind())) {
            missing.add("请选择主送机关。");
        }
        if (c.kind() == DocumentKind.REQUEST && c.mainAddressees().size() > 1) {
            missing.add("请示应当一文一事，只主送一个上级机关，现有" + c.mainAddressees().size() + "个主送机关。");
        }
        if (RichText.isEmpty(c.body())) {
            missing.add("请填写正文。");
        }
        if (c.disclosure() == null) {
            missing.add("请选择公开属性（主动公开、依申请公开或不予公开）。");
        } else if (c.disclosure().needsReason() && c.nonDisclosureReason() == null) {
            missing.add("公开属性为“" + c.disclosure().chineseName() + "”，请填写不予主动公开的理由。");
        }
        if (c.policyDocument() == null) {
            missing.add("请标明是否为政策性文件。");
        }
        if (c.normative()) {
            for (String form : requiredForms) {
                if (!presentForms.contains(form)) {
                    missing.add("规范性文件须附“" + form + "”，请上传并标明附件类型。");
                }
            }
        }
        return missing;
    }

    private static String copyNumber(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (!v.matches("\\d{1,6}") || Integer.parseInt(v) == 0) {
            throw DomainException.invalid("document.copy-number.format",
                    "份号应为1至6位阿拉伯数字（如“000001”），收到的是“" + shorten(v) + "”。");
        }
        return "%06d".formatted(Integer.parseInt(v));
    }

    static String line(String s, int max, String code, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        length(v, max, code, label);
        if (v.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("document." + code + ".control-character", label + "中不能含有换行、制表符等控制字符。");
        }
        return v;
    }

    static String multiline(String s, int max, String code, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip().replace("\r\n", "\n");
        length(v, max, code, label);
        if (v.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n')) {
            throw DomainException.invalid("document." + code + ".control-character", label + "中不能含有制表符等控制字符（换行可以）。");
        }
        return v;
    }

    private static void length(String v, int max, String code, String label) {
        int count = v.codePointCount(0, v.length());
        if (count > max) {
            throw DomainException.invalid("document." + code + ".too-long", label + "过长：最多" + max + "个字，实际" + count + "个。");
        }
    }

    private static LocalDate date(String s, String code, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("document." + code + ".format",
                    label + "格式不正确：应为“2026-03-01”这样的日期，收到的是“" + shorten(s.strip()) + "”。");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
