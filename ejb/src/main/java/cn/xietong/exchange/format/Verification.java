package cn.xietong.exchange.format;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ExchangeVerifier} found: every check made, passed or why not. Valid only if there are
 * checks and all passed. A check that needs what an earlier one could not give (the manifest's sender
 * when the XML is unreadable) is left out, not reported as passed.
 */
public record Verification(boolean valid, List<CheckResult> checks) {

    public Verification {
        checks = List.copyOf(checks);
        boolean allPassed = !checks.isEmpty() && checks.stream().allMatch(CheckResult::passed);
        if (valid != allPassed) {
            throw new IllegalArgumentException("valid must be true exactly when there are checks and all passed");
        }
    }

    /** A verification of these checks, valid if all passed. */
    public static Verification of(List<CheckResult> checks) {
        return new Verification(!checks.isEmpty() && checks.stream().allMatch(CheckResult::passed), checks);
    }

    /** The first check that did not pass. */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /** In Chinese: the first failure's label and detail ("签名：…"), or "验证通过". */
    public String reason() {
        return firstFailure().map(c -> c.check().label() + "：" + c.detail()).orElse(valid ? "验证通过" : "未做任何检查");
    }
}
