package cn.xietong.signing.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.xietong.signing.Check;
import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.ca.Sm2Certificate;

/**
 * What verification found about one signature of a PDF: who, which unit and seal, when, what it
 * covers, what happened after it, and every check made, passed or why not.
 *
 * <p>Check names: {@value #BYTE_RANGE}, {@value #NO_CHANGE_AFTER_SIGNING}, {@value #SIGNATURE_FORMAT},
 * {@value #MESSAGE_DIGEST}, {@value #SIGNATURE_VALUE}; then the seal's own checks (profile SES) and the
 * certificate checks of {@link cn.xietong.signing.ca.CertificateValidator} ({@code certificate-chain},
 * {@code certificate-validity}, {@code certificate-revocation}, ...).
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
 * @param signingTime         the signing time inside the signature (CMS signing-time, SES timeInfo),
 *                            else the /M of the signature dictionary
 * @param coversWholeDocument whether the byte range reaches the end of the file
 * @param changesAfter        what happened to the document after this signature
 * @param changes             the changes after signing, one line each (empty when none)
 * @param checks              every check made
 */
public record SignatureReport(int number, String fieldName, String subFilter, SealProfile profile,
                              String signerName, String unit, String sealName, String sealId,
                              Sm2Certificate signerCertificate, Instant signingTime,
                              boolean coversWholeDocument, ChangesAfterSigning changesAfter,
                              List<String> changes, List<Check> checks) {

    /** The /ByteRange starts at 0, fits the file and leaves out exactly the /Contents hex string. */
    public static final String BYTE_RANGE = "pdf-byte-range";
    /** Nothing but further signatures was added after this signature. */
    public static final String NO_CHANGE_AFTER_SIGNING = "pdf-no-change-after-signing";
    /** /Contents holds a well-formed signature of the profile its /SubFilter names. */
    public static final String SIGNATURE_FORMAT = "pdf-signature-format";
    /** The digest inside the signature (CMS message-digest, SES dataHash) equals SM3 of the signed bytes. */
    public static final String MESSAGE_DIGEST = "pdf-message-digest";
    /** The SM2 signature value verifies with the signer certificate's key. */
    public static final String SIGNATURE_VALUE = "pdf-signature-value";
    /** The certificate chain check; INDETERMINATE when no trust anchors were given. */
    public static final String CERTIFICATE_CHAIN = "certificate-chain";

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

    /** FAILED if any check failed, else INDETERMINATE if any could not be decided, else PASSED. */
    public Outcome status() {
        return Check.combined(checks);
    }

    /** The first check with this name, if it was made. */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The outcome of the first check with this name, or SKIPPED if it was not made. */
    public Outcome outcome(String name) {
        return check(name).map(Check::outcome).orElse(Outcome.SKIPPED);
    }

    /** A readable multi-line account of this signature. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Signature ").append(number).append(" (field ").append(fieldName).append("): ").append(status()).append('\n');
        s.append("  profile:       ").append(profile != null ? profile + " (/SubFilter /" + subFilter + ")" : "unknown, /SubFilter /" + subFilter).append('\n');
        s.append("  signer:        ").append(signerName).append('\n');
        s.append("  unit:          ").append(unit).append('\n');
        if (sealName != null || sealId != null) {
            s.append("  seal:          ").append(sealName).append(" [").append(sealId).append("]\n");
        }
        if (signerCertificate != null) {
            s.append("  certificate:   ").append(signerCertificate.subject()).append(", serial ")
                    .append(signerCertificate.serialNumber().toString(16)).append(", issued by ")
                    .append(signerCertificate.issuer()).append('\n');
        }
        s.append("  signing time:  ").append(signingTime).append('\n');
        s.append("  covers whole document: ").append(coversWholeDocument ? "yes" : "no").append('\n');
        s.append("  after signing: ").append(changesAfter).append('\n');
        for (String c : changes) {
            s.append("    - ").append(c).append('\n');
        }
        for (Check c : checks) {
            s.append("  ").append(String.format("%-13s %s: %s", c.outcome(), c.name(), c.detail())).append('\n');
        }
        return s.toString();
    }
}
