package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;

/**
 * The verification of every signature in a PDF: one {@link SignatureReport} each, earliest first.
 *
 * @param documentLength the length of the verified file in bytes
 * @param validationTime when the verification was made
 * @param signatures     one report per signature, in the order they were applied
 */
public record PdfVerificationReport(long documentLength, Instant validationTime, List<SignatureReport> signatures) {

    public PdfVerificationReport {
        signatures = List.copyOf(signatures);
    }

    /**
     * The verdict on the document: FAILED if it has no signature or any signature failed;
     * INDETERMINATE if none failed but some could not be fully checked; PASSED otherwise.
     */
    public Indication indication() {
        if (signatures.isEmpty()) {
            return Indication.FAILED;
        }
        Indication worst = Indication.PASSED;
        for (SignatureReport s : signatures) {
            Indication i = s.indication();
            if (i.ordinal() > worst.ordinal()) {
                worst = i;
            }
        }
        return worst;
    }

    /** The report of the signature numbered {@code number} (1 = earliest). */
    public SignatureReport signature(int number) {
        return signatures.get(number - 1);
    }

    /** A readable account of the whole verification. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("PDF of ").append(documentLength).append(" bytes, verified ").append(validationTime).append(": ")
                .append(signatures.isEmpty() ? "no signatures" : signatures.size() + " signature" + (signatures.size() == 1 ? "" : "s"))
                .append(", ").append(indication()).append('\n');
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
