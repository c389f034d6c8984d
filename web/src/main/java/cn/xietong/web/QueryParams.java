package cn.xietong.web;

import cn.xietong.shared.DomainException;
import cn.xietong.shared.WorkListPage;

import java.util.UUID;

/**
 * Reads query parameters with a 400 and a clear message when they are malformed (JAX-RS would
 * answer a wrongly typed {@code @QueryParam} with a bare 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String value, String name, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("http.query-parameter.not-a-number",
                    "参数 " + name + " 须为整数，收到的是“" + shorten(value) + "”。");
        }
    }

    /** {@code page} and {@code size} of a work list (待办, 已办, 我发起的, 我的拟稿): page 1 of 50 when absent. */
    public static WorkListPage workListPage(String page, String size) {
        return new WorkListPage(integer(page, "page", 1), integer(size, "size", WorkListPage.DEFAULT_SIZE));
    }

    public static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("http.query-parameter.not-an-id",
                    "参数 " + name + " 须为有效的编号（UUID），收到的是“" + shorten(value) + "”。");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
