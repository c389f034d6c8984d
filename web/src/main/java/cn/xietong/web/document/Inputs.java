package cn.xietong.web.document;

import cn.xietong.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads ids and numbers from paths and bodies, refusing malformed ones with a 400 that names the field. */
final class Inputs {

    private Inputs() {
    }

    static UUID id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("document.id.missing", "请提供" + what + "。");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw DomainException.invalid("document.id.malformed", what + "格式不正确：应为 UUID，收到的是“" + shown + "”。");
        }
    }

    static List<UUID> ids(List<String> values, String what) {
        List<UUID> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                out.add(id(v, what));
            }
        }
        return out;
    }

    static int positive(String value, String what) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid("document.number-parameter", what + "应为正整数，收到的是“" + value + "”。");
    }

    static <T> T body(T body, String expected) {
        if (body == null) {
            throw DomainException.invalid("http.body-missing", "请求缺少 JSON 内容：" + expected);
        }
        return body;
    }
}
