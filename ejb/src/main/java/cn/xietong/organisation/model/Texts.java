package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

/** Checks for plain text fields (names, positions): present, not too long, no control characters. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text stripped of surrounding blanks, or a refusal naming the field ({@code label}) when it
     * is missing, longer than {@code max} characters or holds control characters.
     */
    public static String required(String text, int max, String code, String label) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(code + "-missing", "请填写" + label + "。");
        }
        return checked(text.strip(), max, code, label);
    }

    /** Like {@link #required} but null for null or blank text. */
    public static String optional(String text, int max, String code, String label) {
        return text == null || text.isBlank() ? null : checked(text.strip(), max, code, label);
    }

    private static String checked(String text, int max, String code, String label) {
        int count = text.codePointCount(0, text.length());
        if (count > max) {
            throw DomainException.invalid(code + "-too-long",
                    label + "过长：最多" + max + "个字符，实际" + count + "个。");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid(code + "-control-character", label + "中不能含有换行、制表符等控制字符。");
        }
        return text;
    }
}
