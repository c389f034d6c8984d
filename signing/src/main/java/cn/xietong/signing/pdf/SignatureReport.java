package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What verification found about one signature of a PDF.
 *
 * @param number              1 for the earliest signature, counting in the order they were applied
 * @param fieldName           the signature field's name
 * @param subFilter           the /SubFilter as written
 * @param profile             our profile for that /SubFilter, or null if it is not one we read
 * @param signerName          the subject CN of the signer certificate, or null if unknown
 * @param unit                the signing unit: the seal's holder (profile SES) or the certificate's O
 * @param sealName            the seal's name (profile SES); for CMS, null
 * @param sealId              the seal's identifier (profile SES); for CMS, null
 * @param signerCertificate   the signer certificate, or null if none was found
 * @param signingTime         the signing time inside the signature (CMS signing-time, SES timeInfo)
 * @param coversWholeDocument whether the byte range reaches the end of the file
 * @param changesAfter        what happened to the document after this signature
 * @param changes             the changes after signing, one line each (empty when none)
 * @param checks              every check made, in the order of {@link Check.Id}
 */
public record SignatureReport(int number, String fieldName, String subFilter, SealProfile profile,
                              String signerName, String unit, String sealName, String sealId,
                              X509CertificateHolder signerCertificate, Instant signingTime,
                              boolean coversWholeDocument, ChangesAfterSigning changesAfter,
                              List<String> changes, List<Check> checks) {

    /** What was done to a document after a signature. */
    public enum ChangesAfterSigning {
        /** The signature covers the whole file. */
        NONE,
        /** Only further signatures (with their fields and stamps) were added. */
        ONLY_FURTHER_SIGNATURES,
        /** Something else changed: content, annotations, objects, or unsigned bytes were appended. */
        OTHER_CHANGES
    }

    public SignatureReport {
        changes = List.copyOf(changes);
        checks = List.copyOf(checks);
    }

    /** The verdict on this signature. */
    public Indication indication() {
        return Indication.of(checks);
    }

    /** The check with this id, if it was made. */
    public Optional<Check> check(Check.Id id) {
        return checks.stream().filter(c -> c.id() == id).findFirst();
    }

    /** Whether the check with this id was made and passed. */
    public boolean passed(Check.Id id) {
        return check(id).map(Check::passed).orElse(false);
    }

    /** A readable multi-line account of this signature. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Signature ").append(number).append(" (field ").append(fieldName).append("): ").append(indication()).append('\n');
        s.append("  profile:        ").append(profile != null ? profile + " (/SubFilter /" + subFilter + ")" : "unknown /SubFilter /" + subFilter).append('\n');
        s.append("  signer:         ").append(signerName).append('\n');
        s.append("  unit:           ").append(unit).append('\n');
        if (sealName != null || sealId != null) {
            s.append("  seal:           ").append(sealName).append(" [").append(sealId).append("]\n");
        } else if (signerCertificate != null) {
            s.append("  certificate:    ").append(signerCertificate.getSubject()).append(", serial ")
                    .append(signerCertificate.getSerialNumber().toString(16)).append(", issued by ")
                    .append(signerCertificate.getIssuer()).append('\n');
        }
        s.append("  signing time:   ").append(signingTime).append('\n');
        s.append("  covers whole document: ").append(coversWholeDocument ? "yes" : "no").append('\n');
        s.append("  after signing:  ").append(changesAfter).append('\n');
        for (String c : changes) {
            s.append("    - ").append(c).append('\n');
        }
        for (Check c : checks) {
            s.append("  ").append(c).append('\n');
        }
        return s.toString();
    }
}
