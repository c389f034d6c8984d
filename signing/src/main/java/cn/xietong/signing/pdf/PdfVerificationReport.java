package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;

import cn.xietong.signing.Check.Outcome;

/**
 * The verification of every signature in a PDF: one {@link SignatureReport} each, earliest first.
 *
 * @param documentLength the length of the verified file in bytes
 * @param verifiedAt     when the verification was made
 * @param signatures     one report per signature, in the order they were applied
 */
public record PdfVerificationReport(long documentLength, Instant verifiedAt, List<SignatureReport> signatures) {

    public PdfVerificationReport {
        signatures = List.copyOf(signatures);
    }

    /**
     * The verdict on the document: FAILED if it has no signature or any signature failed;
     * INDETERMINATE if none failed but some could not be fully checked; PASSED otherwise.
     */
    public Outcome status() {
        if (signatures.isEmpty() || signatures.stream().anyMatch(s -> s.status() == Outcome.FAILED)) {
            return Outcome.FAILED;
        }
        if (signatures.stream().anyMatch(s -> s.status() == Outcome.INDETERMINATE)) {
            return Outcome.INDETERMINATE;
        }
        return Outcome.PASSED;
    }

    /** The report of the signature numbered {@code number} (1 = earliest). */
    public SignatureReport signature(int number) {
        return signatures.get(number - 1);
    }

    /** A readable account of the whole verification. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("PDF of ").append(documentLength).append(" bytes, verified ").append(verifiedAt).append(": ")
                .append(signatures.isEmpty() ? "no signatures" : signatures.size() + " signature" + (signatures.size() == 1 ? "" : "s"))
                .append(", ").append(status()).append('\n');
        for (SignatureReport r : signatures) {
            s.append(r.describe());
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
