package cn.xietong.signing;

/** Bytes that are not a valid encoding of what they claim to be (malformed, truncated or oversized DER, PEM or key data). */
public class MalformedInputException extends SigningException {

    public MalformedInputException(Code code, String message) {
        super(code, message);
    }

    public MalformedInputException(Code code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
