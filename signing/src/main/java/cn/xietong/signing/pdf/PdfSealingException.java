package cn.xietong.signing.pdf;

import java.util.Objects;

import cn.xietong.signing.SigningException;

/**
 * A PDF could not be sealed or read for verification. Carries a stable {@link Reason} for callers
 * (REST mappers, audit log) and a message saying what was wrong. It is a {@link SigningException}
 * whose {@link #code()} is the nearest module-wide code (for example MALFORMED_ENCODING for a file
 * that is not a PDF).
 */
public class PdfSealingException extends SigningException {

    /** Stable reasons. Never renamed once released; new ones are appended. */
    public enum Reason {
        /** The bytes do not start like a PDF file. */
        NOT_A_PDF,
        /** The PDF ends before its trailer: the file was cut off. */
        TRUNCATED_PDF,
        /** The PDF's structure cannot be read. */
        DAMAGED_PDF,
        /** The PDF is encrypted (password-protected); sealed documents must be unencrypted. */
        ENCRYPTED_PDF,
        /** The requested page does not exist. */
        PAGE_OUT_OF_RANGE,
        /** The stamp would not lie entirely on the page. */
        POSITION_OFF_PAGE,
        /** The seal picture cannot be used (not a PNG, empty, or a size that is not positive). */
        INVALID_SEAL_PICTURE,
        /** The sealing parameters are incomplete or inconsistent. */
        INVALID_PARAMETERS,
        /** The signature value does not verify over the data to sign with the signer certificate's key. */
        SIGNATURE_VALUE_REJECTED,
        /** The signer's key is not the key of the signer certificate given in the parameters. */
        CERTIFICATE_KEY_MISMATCH,
        /** The signature does not fit the space reserved for it in the PDF. */
        SIGNATURE_TOO_LARGE,
        /** Writing the signed PDF failed for another reason. */
        SIGNING_FAILED
    }

    private final Reason reason;

    public PdfSealingException(Reason reason, String message) {
        super(codeOf(reason), message);
        this.reason = Objects.requireNonNull(reason);
    }

    public PdfSealingException(Reason reason, String message, Throwable cause) {
        super(codeOf(reason), message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    private static Code codeOf(Reason reason) {
        return switch (Objects.requireNonNull(reason)) {
            case NOT_A_PDF, DAMAGED_PDF, INVALID_SEAL_PICTURE -> Code.MALFORMED_ENCODING;
            case TRUNCATED_PDF -> Code.TRUNCATED_ENCODING;
            case ENCRYPTED_PDF -> Code.UNSUPPORTED;
            case PAGE_OUT_OF_RANGE, POSITION_OFF_PAGE, INVALID_PARAMETERS -> Code.UNSUPPORTED;
            case SIGNATURE_VALUE_REJECTED, SIGNATURE_TOO_LARGE, SIGNING_FAILED -> Code.SIGNING_FAILED;
            case CERTIFICATE_KEY_MISMATCH -> Code.INVALID_KEY;
        };
    }

    /** The stable reason of this failure. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + reason + "/" + code() + "]: " + getMessage();
    }
}
