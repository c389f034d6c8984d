package cn.xietong.signing;

import java.util.Objects;

/**
 * Root of the signing module's exceptions. Every failure carries a stable {@link Code} that callers
 * (REST mappers, audit log) may rely on, and a plain English message saying what was wrong and why.
 *
 * <p>Subclasses group the codes by what went wrong: {@link MalformedInputException} (bytes that are
 * not what they claim), {@link CertificateRejectedException}, {@link SealRuleException} and
 * {@link OperatorKeyException}.
 */
public class SigningException extends RuntimeException {

    /** Stable error codes. Never renamed once released; new ones are appended. */
    public enum Code {
        /** The bytes are not a valid DER encoding of the expected structure. */
        MALFORMED_ENCODING,
        /** The DER encoding ends before the structure does. */
        TRUNCATED_ENCODING,
        /** The input is larger than this module accepts (guards against memory exhaustion). */
        INPUT_TOO_LARGE,
        /** A key is not an SM2 key on sm2p256v1 or is otherwise unusable. */
        INVALID_KEY,
        /** Producing a signature failed (for example an external signer failed). */
        SIGNING_FAILED,
        /** A certificate does not chain to a trusted issuer. */
        CERTIFICATE_UNTRUSTED,
        /** A certificate is outside its validity period at the time that matters. */
        CERTIFICATE_EXPIRED,
        /** A certificate is listed on its issuer's CRL. */
        CERTIFICATE_REVOKED,
        /** A certificate's signature, extensions or profile do not fit its use. */
        CERTIFICATE_INVALID,
        /** A seal is used outside its validity period. */
        SEAL_NOT_VALID_AT_TIME,
        /** The signer's certificate is not in the seal's list of allowed certificates. */
        SIGNER_NOT_ALLOWED_BY_SEAL,
        /** The seal picture exceeds the size limits. */
        PICTURE_TOO_LARGE,
        /** The seal or its picture is otherwise unacceptable (bad type, empty name, ...). */
        SEAL_INVALID,
        /** The operator key does not open the key store entry. */
        WRONG_OPERATOR_KEY,
        /** The key store entry is damaged or of an unknown format. */
        KEY_STORE_CORRUPT,
        /** No entry with that alias in the key store. */
        KEY_NOT_FOUND,
        /** A structure version or algorithm this module does not handle. */
        UNSUPPORTED
    }

    private final Code code;

    public SigningException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public SigningException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
    }

    /** The stable code of this failure. */
    public Code code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
