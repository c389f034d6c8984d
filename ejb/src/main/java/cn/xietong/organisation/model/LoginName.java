package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a person signs in with (登录名), unique across the whole platform: usually the pinyin of
 * the person's name ({@code zhangwei}, {@code zhangwei2}). 2–32 characters: lower-case letters,
 * digits, dot, underscore, hyphen, beginning with a letter. Upper case is accepted and lowered.
 */
public record LoginName(String value) {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    public static final int MAX_LENGTH = 32;

    public LoginName {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.login-name.missing", "请填写登录名（如姓名全拼 zhangwei）。");
        }
        String raw = value.strip();
        value = raw.toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(value).matches()) {
            throw DomainException.invalid("organisation.login-name.format",
                    "登录名“" + raw + "”无效：须以英文字母开头，由2至32位小写字母、数字、点、下划线或连字符组成（如姓名全拼 zhangwei）。");
        }
    }

    public static LoginName of(String text) {
        return new LoginName(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
