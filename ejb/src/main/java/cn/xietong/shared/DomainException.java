package cn.xietong.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused a request. Carries a stable machine-readable {@link #code()}
 * (e.g. {@code organisation.uscc.check-digit}) and a message in Chinese that tells a person what to
 * do. Rolls back the transaction; reaches the web layer unwrapped, which turns it into an
 * RFC 9457 problem detail.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;

    public DomainException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(ErrorKind.INVALID_INPUT, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(ErrorKind.FORBIDDEN, code, message);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(ErrorKind.NOT_FOUND, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(ErrorKind.CONFLICT, code, message);
    }
}
