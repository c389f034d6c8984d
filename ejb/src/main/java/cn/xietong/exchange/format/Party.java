package cn.xietong.exchange.format;

import cn.xietong.signing.ca.Uscc;

/**
 * A unit taking part in an exchange (单位): its unified social credit code (统一社会信用代码) and name.
 *
 * @param uscc 18 characters with a valid GB 32100 check character
 * @param name the unit's name, one line, at most 200 characters
 */
public record Party(String uscc, String name) {

    public static final int NAME_MAX = 200;

    public Party {
        checkUscc(uscc);
        Fields.line(name, NAME_MAX, "单位名称");
    }

    /** Refuses anything but a valid credit code, saying what is wrong in Chinese. */
    static void checkUscc(String uscc) {
        Fields.required(uscc, "统一社会信用代码");
        if (uscc.length() != 18) {
            throw new ExchangeFormatException("统一社会信用代码“" + uscc + "”应为18位，实为" + uscc.length() + "位。");
        }
        char expected;
        try {
            expected = Uscc.checkCharacter(uscc.substring(0, 17));
        } catch (IllegalArgumentException e) {
            throw new ExchangeFormatException("统一社会信用代码“" + uscc + "”含有不允许的字符（只用数字和大写字母，不含 I、O、S、V、Z）。");
        }
        if (uscc.charAt(17) != expected) {
            throw new ExchangeFormatException("统一社会信用代码“" + uscc + "”的校验位应为“" + expected + "”，实为“"
                    + uscc.charAt(17) + "”。");
        }
    }
}
