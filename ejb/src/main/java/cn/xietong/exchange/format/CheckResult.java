package cn.xietong.exchange.format;

import java.util.Objects;

/** The outcome of one {@link Check}, with a Chinese sentence saying what was found. */
public record CheckResult(Check check, boolean passed, String detail) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    static CheckResult passed(Check check, String detail) {
        return new CheckResult(check, true, detail);
    }

    static CheckResult failed(Check check, String detail) {
        return new CheckResult(check, false, detail);
    }
}
