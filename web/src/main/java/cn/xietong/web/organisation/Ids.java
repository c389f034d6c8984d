package cn.xietong.web.organisation;

import cn.xietong.shared.DomainException;

import java.util.UUID;

/** Reads ids given in a path or a JSON body, refusing malformed ones with a 400 that names the field. */
final class Ids {

    private Ids() {
    }

    /** A required id; {@code what} names it for a person, e.g. "单位编号". */
    static UUID required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.id.missing", "请提供" + what + "。");
        }
        return parse(value, what);
    }

    /** An optional id: null when absent or blank. */
    static UUID optional(String value, String what) {
        return value == null || value.isBlank() ? null : parse(value, what);
    }

    private static UUID parse(String value, String what) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw DomainException.invalid("organisation.id.malformed",
                    what + "格式不正确：应为 UUID（如 3f2b8c1e-0d4a-4e6b-9a57-2c1d0e8f7a63），收到的是“" + shown + "”。");
        }
    }
}
