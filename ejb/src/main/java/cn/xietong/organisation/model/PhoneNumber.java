package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.regex.Pattern;

/**
 * An office telephone number (办公电话): a fixed line with its area code (区号) and an optional
 * extension, written {@code 020-83133333} or {@code 0768-2123456-8001}, or a mobile number. Blanks,
 * brackets around the area code and full-width dashes are accepted and normalised.
 */
public record PhoneNumber(String value) {

    private static final Pattern FIXED_LINE = Pattern.compile("0\\d{2,3}-[1-9]\\d{6,7}(-\\d{1,6})?");
    public static final int MAX_LENGTH = 32;

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.phone.missing", "请填写办公电话。");
        }
        String raw = value.strip();
        value = normalise(raw);
        if (!FIXED_LINE.matcher(value).matches() && !MobileNumber.isMobile(value)) {
            throw DomainException.invalid("organisation.phone.format",
                    "办公电话“" + raw + "”格式不正确：请写成“区号-号码”（如 020-83133333，分机写在最后：020-83133333-8001）或11位手机号码。");
        }
    }

    /** A phone number, or null when the text is null or blank (the number is optional). */
    public static PhoneNumber ofNullable(String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        String s = raw.replaceAll("[\\s\u3000]", "")
                .replace('－', '-').replace('—', '-').replace('–', '-')
                .replace('（', '(').replace('）', ')');
        if (s.startsWith("(")) {
            int close = s.indexOf(')');
            if (close > 0) {
                String rest = s.substring(close + 1);
                s = s.substring(1, close) + "-" + (rest.startsWith("-") ? rest.substring(1) : rest);
            }
        }
        return s;
    }
}
