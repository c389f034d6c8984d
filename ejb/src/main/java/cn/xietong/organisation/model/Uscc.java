package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — registration
 * authority (登记管理部门码), organisation kind (机构类别码), the 6-digit administrative division
 * code (登记管理机关行政区划码), the 9-character organisation code (主体标识码) and a check digit
 * (校验码). Government organs (机关) begin with {@code 11}.
 *
 * <p>Accepts lower case and surrounding blanks and normalises them; refuses anything else with a
 * message that names the character at fault.
 */
public record Uscc(String value) {

    /** The 31 characters a code may use: digits and capitals without I, O, S, V, Z. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;

    public Uscc {
        value = normalise(value);
        check(value);
    }

    public static Uscc of(String text) {
        return new Uscc(text);
    }

    /**
     * Completes the first 17 characters with their check digit. Used to make valid codes for demo
     * and benchmark units; the 17 characters must already be in the code's character set.
     */
    public static Uscc withCheckDigit(String first17) {
        String body = normalise(first17);
        if (body.length() != LENGTH - 1) {
            throw DomainException.invalid("organisation.uscc.length",
                    "统一社会信用代码本体应为17位，实际为" + body.length() + "位。");
        }
        checkCharacters(body);
        return new Uscc(body + checkDigit(body));
    }

    /** The check digit (第18位) for the first 17 characters, computed by the signing library's GB 32100 rule. */
    static char checkDigit(String first17) {
        return cn.xietong.signing.ca.Uscc.checkCharacter(first17.substring(0, LENGTH - 1));
    }

    /** The 6-digit administrative division code of the registering authority (第3–8位). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Whether the code was issued to a government organ (机关, registration 1 + kind 1). */
    public boolean isGovernmentOrgan() {
        return value.startsWith("11");
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("organisation.uscc.missing", "请填写单位的统一社会信用代码（18位）。");
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }

    private static void check(String code) {
        if (code.length() != LENGTH) {
            throw DomainException.invalid("organisation.uscc.length",
                    "统一社会信用代码应为18位，您输入了" + code.length() + "位。请核对后重新输入。");
        }
        checkCharacters(code);
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                throw DomainException.invalid("organisation.uscc.division",
                        "统一社会信用代码第3至8位是行政区划码，只能是数字，第" + (i + 1) + "位为“" + code.charAt(i)
                                + "”。请核对后重新输入。");
            }
        }
        char expected = checkDigit(code);
        char actual = code.charAt(LENGTH - 1);
        if (expected != actual) {
            throw DomainException.invalid("organisation.uscc.check-digit",
                    "统一社会信用代码校验位错误：第18位应为 " + expected + "，实际为 " + actual + "。请核对后重新输入。");
        }
    }

    private static void checkCharacters(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                String hint = "IOSVZ".indexOf(c) >= 0
                        ? "统一社会信用代码不使用字母 I、O、S、V、Z（容易与数字混淆）"
                        : "统一社会信用代码只能由数字和大写英文字母组成";
                throw DomainException.invalid("organisation.uscc.character",
                        "统一社会信用代码第" + (i + 1) + "位的字符“" + c + "”无效：" + hint + "。请核对后重新输入。");
            }
        }
    }
}
