package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a normative document (规范性文件) must carry as attachments before it may be submitted.
 * Each unit may set its own list; a unit that has not gets {@link #DEFAULT}.
 */
public final class NormativeForms {

    public static final List<String> DEFAULT = List.of("合法性审查意见", "公平竞争审查表");
    public static final int NAME_MAX = 50;
    public static final int MAX_FORMS = 20;

    private NormativeForms() {
    }

    /** A unit's list, checked: names present, at most {@value #NAME_MAX} characters, no repeats. */
    public static List<String> checked(List<String> forms) {
        if (forms == null) {
            throw DomainException.invalid("document.normative-forms.missing",
                    "请提供规范性文件必备附件的名称列表 forms（可为空列表，表示不要求）。");
        }
        if (forms.size() > MAX_FORMS) {
            throw DomainException.invalid("document.normative-forms.too-many", "必备附件最多" + MAX_FORMS + "种。");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String f : forms) {
            String name = DraftRules.line(f, NAME_MAX, "normative-form", "必备附件名称");
            if (name == null) {
                throw DomainException.invalid("document.normative-form.missing", "必备附件名称不能为空。");
            }
            if (!seen.add(name)) {
                throw DomainException.invalid("document.normative-form.repeated", "必备附件“" + name + "”重复了。");
            }
        }
        return new ArrayList<>(seen);
    }

    /** Stored as one name a line. */
    public static String store(List<String> forms) {
        return String.join("\n", forms);
    }

    public static List<String> read(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
