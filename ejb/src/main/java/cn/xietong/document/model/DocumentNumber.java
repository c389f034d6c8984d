package cn.xietong.document.model;

import cn.xietong.shared.DomainException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (发文字号) as GB/T 9704-2012 writes it: the organ code (机关代字), the year in
 * hexagonal brackets 〔〕 and the serial number without leading zeros and without 第, followed by 号 —
 * e.g. {@code 南府办〔2026〕12号}. Equal by value; {@link #toString()} is the printed form.
 */
public record DocumentNumber(String organCode, int year, int serial) {

    public static final int ORGAN_CODE_MAX = 12;
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2999;
    public static final int MAX_SERIAL = 999_999;

    private static final Pattern FORM = Pattern.compile("(\\p{IsHan}+)〔(\\d{4})〕(\\d+)号");

    public DocumentNumber {
        organCode = requireOrganCode(organCode);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid("document.number.year",
                    "发文字号的年份应为四位公元年份（" + MIN_YEAR + "–" + MAX_YEAR + "），收到的是" + year + "。");
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw DomainException.invalid("document.number.serial",
                    "发文顺序号应在1到" + MAX_SERIAL + "之间，收到的是" + serial + "。");
        }
    }

    /** The number printed as 机关代字〔年份〕序号号. */
    public String format() {
        return organCode + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return format();
    }

    /** Reads a printed document number, saying exactly what is wrong with a malformed one. */
    public static DocumentNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("document.number.missing", "请填写发文字号，如“南府办〔2026〕12号”。");
        }
        String s = text.strip();
        if (s.contains("第")) {
            throw malformed(s, "序号前不加“第”字");
        }
        if (!s.contains("〔") || !s.contains("〕")) {
            throw malformed(s, "年份须用六角括号“〔〕”括入，不用“[]”“()”“【】”“（）”");
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw malformed(s, "应由机关代字（汉字）、〔四位年份〕、顺序号和“号”组成");
        }
        String serial = m.group(3);
        if (serial.startsWith("0")) {
            throw malformed(s, "顺序号不编虚位、不加前导零（写“1号”而不是“01号”）");
        }
        if (serial.length() > 6) {
            throw malformed(s, "顺序号过大");
        }
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(serial));
    }

    /** An organ code (机关代字): 1–12 Chinese characters, nothing else. */
    public static String requireOrganCode(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("document.number.organ-code-missing",
                    "请填写机关代字（如“南府办”“南府办函”）。");
        }
        String s = code.strip();
        int count = s.codePointCount(0, s.length());
        if (count > ORGAN_CODE_MAX) {
            throw DomainException.invalid("document.number.organ-code-too-long",
                    "机关代字“" + s + "”过长：最多" + ORGAN_CODE_MAX + "个汉字，实际" + count + "个。");
        }
        s.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                throw DomainException.invalid("document.number.organ-code-format",
                        "机关代字只能由汉字组成（如“南府办函”），其中的“" + Character.toString(cp) + "”不是汉字。");
            }
        });
        return s;
    }

    private static DomainException malformed(String text, String why) {
        return DomainException.invalid("document.number.malformed",
                "发文字号“" + text + "”格式不正确：" + why + "，如“南府办〔2026〕12号”。");
    }
}
