package cn.xietong.signing.ca;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.xietong.signing.CertificateRejectedException;
import cn.xietong.signing.Check;
import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SigningException.Code;

/**
 * What {@link CertificateValidator} found about one certificate: the path it built (the certificate
 * first) and every check made on it, passed or why not.
 *
 * <p>Check names: {@code certificate-chain}, {@code certificate-signature}, {@code certificate-validity},
 * {@code issuer-constraints}, {@code certificate-revocation}, {@code certificate-profile}.
 */
public record CertificateValidationResult(Sm2Certificate certificate, List<Sm2Certificate> path, List<Check> checks) {

    public CertificateValidationResult {
        path = List.copyOf(path);
        checks = List.copyOf(checks);
    }

    /** FAILED if any check failed, else INDETERMINATE if any could not be decided, else PASSED. */
    public Outcome status() {
        return Check.combined(checks);
    }

    /** True only if every check passed or was skipped, and the chain reached a trust anchor. */
    public boolean isValid() {
        return status() == Outcome.PASSED;
    }

    /** The first failed (else first indeterminate) check. */
    public Optional<Check> firstProblem() {
        return checks.stream().filter(Check::isFailed).findFirst()
                .or(() -> checks.stream().filter(c -> c.outcome() == Outcome.INDETERMINATE).findFirst());
    }

    /** Checks with the given name. */
    public List<Check> checks(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).toList();
    }

    /**
     * Throws {@link CertificateRejectedException} unless {@link #isValid()}: code CERTIFICATE_UNTRUSTED
     * (chain), CERTIFICATE_EXPIRED (validity), CERTIFICATE_REVOKED (revocation) or CERTIFICATE_INVALID.
     */
    public void requireValid() {
        Optional<Check> p = firstProblem();
        if (p.isEmpty()) {
            return;
        }
        Code code = switch (p.get().name()) {
            case CertificateValidator.CHAIN -> Code.CERTIFICATE_UNTRUSTED;
            case CertificateValidator.VALIDITY -> Code.CERTIFICATE_EXPIRED;
            case CertificateValidator.REVOCATION -> Code.CERTIFICATE_REVOKED;
            default -> Code.CERTIFICATE_INVALID;
        };
        throw new CertificateRejectedException(code, "certificate " + certificate.subject() + " is not acceptable: "
                + p.get().name() + " " + p.get().outcome() + ": " + p.get().detail());
    }

    @Override
    public String toString() {
        return status() + " " + certificate.subject() + "\n  "
                + checks.stream().map(Check::toString).collect(Collectors.joining("\n  "));
    }
}
