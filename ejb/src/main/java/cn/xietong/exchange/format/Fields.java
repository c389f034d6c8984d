package cn.xietong.exchange.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The rules on single values of the format, shared by the records (and mirrored by the schema):
 * text without control characters and not blank, lengths, times with millisecond precision.
 * Refusals are {@link ExchangeFormatException} naming the field in Chinese.
 */
final class Fields {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Fields() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new ExchangeFormatException("缺少" + field + "。");
        }
        return value;
    }

    /** One line of text, not blank, at most {@code max} characters, no control characters. */
    static String line(String value, int max, String field) {
        required(value, field);
        check(value, max, field, false);
        return value;
    }

    /** As {@link #line} but null (or blank) means absent and gives null. */
    static String optionalLine(String value, int max, String field) {
        return value == null || value.isBlank() ? null : line(value, max, field);
    }

    /** Text of several lines (tab, line feed, carriage return allowed), at most {@code max} characters; blank gives null. */
    static String optionalText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        check(value, max, field, true);
        return value;
    }

    private static void check(String value, int max, String field, boolean multiline) {
        if (value.isBlank()) {
            throw new ExchangeFormatException(field + "不能为空。");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new ExchangeFormatException(field + "最多" + max + "个字符，实有" + length + "个。");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedControl = multiline && (c == '\t' || c == '\n' || c == '\r');
            if ((Character.isISOControl(c) && !allowedControl) || c == '\uFFFE' || c == '\uFFFF') {
                throw new ExchangeFormatException(field + "第" + (i + 1) + "个字符是控制字符（U+"
                        + String.format("%04X", (int) c) + "），不允许。");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ExchangeFormatException(field + "第" + (i + 1) + "个字符是不成对的代理字符，不是有效文字。");
            }
        }
    }

    /** A time between years 1 and 9999, cut to whole milliseconds (what the format carries). */
    static Instant time(Instant value, String field) {
        required(value, field);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new ExchangeFormatException(field + "应在公元1年至9999年之间，实为" + value + "。");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    static LocalDate date(LocalDate value, String field) {
        required(value, field);
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw new ExchangeFormatException(field + "应在公元1年至9999年之间，实为" + value + "。");
        }
        return value;
    }
}
