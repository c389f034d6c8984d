package cn.xietong.signing.pdf;

/** The overall verdict on a signature or a document, in the manner of ETSI EN 319 102-1 / DSS. */
public enum Indication {
    /** Every check passed. */
    PASSED,
    /** No check failed, but something could not be checked (typically the certificate chain). */
    INDETERMINATE,
    /** At least one check failed. */
    FAILED;

    static Indication of(Iterable<Check> checks) {
        Indication result = PASSED;
        for (Check c : checks) {
            if (c.status() == Check.Status.FAILED) {
                return FAILED;
            }
            if (c.status() == Check.Status.NOT_CHECKED) {
                result = INDETERMINATE;
            }
        }
        return result;
    }
}
