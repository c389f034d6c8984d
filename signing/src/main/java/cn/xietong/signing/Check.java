package cn.xietong.signing;

import java.util.Collection;
import java.util.Objects;

/**
 * One check of a verification report: its name (stable, e.g. {@code "seal-maker-signature"}), its
 * outcome, and a sentence a person can read saying what was found.
 */
public record Check(String name, Outcome outcome, String detail) {

    /** The outcome of one check. */
    public enum Outcome {
        /** The check was made and succeeded. */
        PASSED,
        /** The check was made and failed: the object is not valid. */
        FAILED,
        /** The check could not be decided (for example the issuer is unknown to us). */
        INDETERMINATE,
        /** The check was not asked for or not possible with what was given (for example no CRL). */
        SKIPPED
    }

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /** The outcome of several checks: FAILED if any failed, else INDETERMINATE if any could not be decided, else PASSED. */
    public static Outcome combined(Collection<Check> checks) {
        if (checks.stream().anyMatch(Check::isFailed)) {
            return Outcome.FAILED;
        }
        if (checks.stream().anyMatch(c -> c.outcome() == Outcome.INDETERMINATE)) {
            return Outcome.INDETERMINATE;
        }
        return Outcome.PASSED;
    }

    public static Check passed(String name, String detail) {
        return new Check(name, Outcome.PASSED, detail);
    }

    public static Check failed(String name, String detail) {
        return new Check(name, Outcome.FAILED, detail);
    }

    public static Check indeterminate(String name, String detail) {
        return new Check(name, Outcome.INDETERMINATE, detail);
    }

    public static Check skipped(String name, String detail) {
        return new Check(name, Outcome.SKIPPED, detail);
    }

    public boolean isPassed() {
        return outcome == Outcome.PASSED;
    }

    public boolean isFailed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return name + ": " + outcome + " - " + detail;
    }
}
