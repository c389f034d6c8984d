package cn.xietong.signing;

/** The encrypted key store could not be opened: wrong operator key, damaged entry or missing alias. */
public class OperatorKeyException extends SigningException {

    public OperatorKeyException(Code code, String message) {
        super(code, message);
    }

    public OperatorKeyException(Code code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
