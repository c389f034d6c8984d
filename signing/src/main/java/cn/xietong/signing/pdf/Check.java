package cn.xietong.signing.pdf;

import java.util.Objects;

/**
 * One check made on one signature: what was checked, the outcome and, in plain words, why.
 *
 * @param id      what was checked
 * @param status  the outcome
 * @param message what was found (the reason when not passed)
 */
public record Check(Id id, Status status, String message) {

    /** What a check is about; the order is the order of the report. */
    public enum Id {
        /** The /ByteRange starts at 0 and leaves out exactly the /Contents hex string. */
        BYTE_RANGE("byte range"),
        /** The signature covers the whole file (it is the last revision). */
        COVERS_WHOLE_DOCUMENT("covers the whole document"),
        /** Nothing but further signatures was added after this signature. */
        NO_CHANGE_AFTER_SIGNING("no change after signing"),
        /** /Contents holds a well-formed signature of the profile its /SubFilter names. */
        SIGNATURE_FORMAT("signature format"),
        /** The digest in the signature (CMS messageDigest, SES dataHash) equals SM3 of the signed bytes. */
        MESSAGE_DIGEST("message digest"),
        /** The SM2 signature value verifies with the signer certificate's key. */
        SIGNATURE_VALUE("signature value"),
        /** The seal itself (GB/T 38540 SES_Seal): its maker's signature, validity, allowed signers. */
        SEAL("seal"),
        /** The signer's certificate chains to a trust anchor, in validity and not revoked. */
        CERTIFICATE_CHAIN("certificate chain");

        private final String label;

        Id(String label) {
            this.label = label;
        }

        /** A short human label. */
        public String label() {
            return label;
        }
    }

    /** The outcome of a check. */
    public enum Status {
        PASSED,
        /** Not a failure, but something a reader should know. */
        WARNING,
        FAILED,
        /** Could not be checked (no trust anchors given, or an earlier check failed). */
        NOT_CHECKED
    }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    static Check passed(Id id, String message) {
        return new Check(id, Status.PASSED, message);
    }

    static Check failed(Id id, String message) {
        return new Check(id, Status.FAILED, message);
    }

    static Check warning(Id id, String message) {
        return new Check(id, Status.WARNING, message);
    }

    static Check notChecked(Id id, String message) {
        return new Check(id, Status.NOT_CHECKED, message);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    @Override
    public String toString() {
        return String.format("%-12s %s: %s", status, id.label(), message);
    }
}
