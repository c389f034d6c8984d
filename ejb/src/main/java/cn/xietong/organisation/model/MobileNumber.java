package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.regex.Pattern;

/**
 * A mainland mobile number (手机号码): 11 digits beginning 13–19. Blanks, dashes and a leading
 * {@code +86} are accepted and dropped. Only the person's own unit sees it in the address book.
 */
public record MobileNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.mobile.missing", "请填写手机号码。");
        }
        String raw = value.strip();
        value = raw.replaceAll("[\\s\u3000\\-－]", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (!isMobile(value)) {
            throw DomainException.invalid("organisation.mobile.format",
                    "手机号码“" + raw + "”格式不正确：应为以1开头的11位数字（如 13800138000）。");
        }
    }

    public static MobileNumber ofNullable(String text) {
        return text == null || text.isBlank() ? null : new MobileNumber(text);
    }

    static boolean isMobile(String digits) {
        return MOBILE.matcher(digits).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
