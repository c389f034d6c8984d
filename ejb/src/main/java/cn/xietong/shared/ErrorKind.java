package cn.xietong.shared;

/**
 * What kind of mistake or refusal a {@link DomainException} reports. The web layer maps each kind
 * to one HTTP status; the domain never speaks HTTP itself.
 */
public enum ErrorKind {
    /** The caller sent something that breaks a rule (bad credit code, missing field). HTTP 400. */
    INVALID_INPUT(400),
    /** No valid sign-in. HTTP 401. */
    UNAUTHENTICATED(401),
    /** Signed in, but not allowed to do this (wrong role, another unit's data). HTTP 403. */
    FORBIDDEN(403),
    /** The thing does not exist, or the caller may not know it exists. HTTP 404. */
    NOT_FOUND(404),
    /** The request clashes with the current state (duplicate, concurrent change). HTTP 409. */
    CONFLICT(409),
    /** Too large (attachment, picture). HTTP 413. */
    TOO_LARGE(413),
    /** Too many attempts, e.g. an account locked after failed sign-ins. HTTP 429. */
    TOO_MANY_ATTEMPTS(429);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
