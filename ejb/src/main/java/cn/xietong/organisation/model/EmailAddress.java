package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A work e-mail address (工作邮箱), kept in lower case. */
public record EmailAddress(String value) {

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
    public static final int MAX_LENGTH = 100;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.email.missing", "请填写工作邮箱。");
        }
        String raw = value.strip();
        value = raw.toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !EMAIL.matcher(value).matches()) {
            throw DomainException.invalid("organisation.email.format",
                    "工作邮箱“" + raw + "”格式不正确：应形如 zhangwei@example.gov.cn，且不超过" + MAX_LENGTH + "个字符。");
        }
    }

    public static EmailAddress ofNullable(String text) {
        return text == null || text.isBlank() ? null : new EmailAddress(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
