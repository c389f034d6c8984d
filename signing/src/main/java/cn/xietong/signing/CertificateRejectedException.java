package cn.xietong.signing;

/** A certificate that cannot be used: untrusted issuer, outside its validity, revoked, or of the wrong profile. */
public class CertificateRejectedException extends SigningException {

    public CertificateRejectedException(Code code, String message) {
        super(code, message);
    }

    public CertificateRejectedException(Code code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
