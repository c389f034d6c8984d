package cn.xietong.signing;

/** A seal rule was broken: seal outside its validity, signer not allowed by the seal, picture too large or invalid. */
public class SealRuleException extends SigningException {

    public SealRuleException(Code code, String message) {
        super(code, message);
    }

    public SealRuleException(Code code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
