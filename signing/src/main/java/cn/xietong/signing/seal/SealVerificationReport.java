package cn.xietong.signing.seal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xietong.signing.Check;
import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.ca.CertificateValidationResult;

/**
 * What {@link SealVerifier} found: every check, passed or why not, plus the parsed structures for display
 * (who sealed, with which seal, when). The trust in certificates ({@code *-certificate} checks) is kept apart
 * from the cryptographic result ({@link #cryptographicStatus()}), so that a seal from an unknown CA still shows
 * whether it is intact.
 *
 * @param checks               every check made, in order
 * @param seal                 the seal, or null if the input could not be read
 * @param signature            the seal signature, or null if the input could not be read or a seal alone was verified
 * @param sealMakerCertificate the full validation of the seal maker's certificate, or null if it could not be read
 * @param signerCertificate    the full validation of the signer's certificate, or null (seal alone, or unreadable)
 */
public record SealVerificationReport(List<Check> checks, SesSeal seal, SesSignature signature,
        CertificateValidationResult sealMakerCertificate, CertificateValidationResult signerCertificate) {

    /** The bytes are a well-formed SES_Seal / SES_Signature. */
    public static final String STRUCTURE = "structure";
    /** The seal maker's SM2 signature over SES_SealInfo. */
    public static final String SEAL_MAKER_SIGNATURE = "seal-maker-signature";
    /** The seal maker's certificate: chain, dates at the seal's createDate, revocation. */
    public static final String SEAL_MAKER_CERTIFICATE = "seal-maker-certificate";
    /** The signer's SM2 signature over TBS_Sign. */
    public static final String SIGNER_SIGNATURE = "signer-signature";
    /** The signer's certificate: chain, dates at the signing time, revocation. */
    public static final String SIGNER_CERTIFICATE = "signer-certificate";
    /** The seal was within its validity at the signing time. */
    public static final String SEAL_VALIDITY = "seal-valid-at-signing-time";
    /** The signer's certificate is listed in the seal. */
    public static final String SIGNER_ALLOWED = "signer-allowed-by-seal";
    /** dataHash equals SM3 of the protected bytes. */
    public static final String DATA_HASH = "data-hash";
    /** A time stamp is present (not verified by this module). */
    public static final String TIMESTAMP = "timestamp";

    private static final Set<String> CRYPTOGRAPHIC = Set.of(STRUCTURE, SEAL_MAKER_SIGNATURE, SIGNER_SIGNATURE, DATA_HASH);

    public SealVerificationReport {
        checks = List.copyOf(checks);
    }

    /** FAILED if any check failed, else INDETERMINATE if any could not be decided, else PASSED. */
    public Outcome status() {
        return Check.combined(checks);
    }

    /** Status of the structure, signature and data-hash checks only (ignores trust in certificates). */
    public Outcome cryptographicStatus() {
        return Check.combined(checks.stream().filter(c -> CRYPTOGRAPHIC.contains(c.name())).toList());
    }

    /** True only if everything passed, certificates included. */
    public boolean isValid() {
        return status() == Outcome.PASSED;
    }

    /** The check with this name, if it was made. */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The outcome of the named check (SKIPPED if it was not made). */
    public Outcome outcome(String name) {
        return check(name).map(Check::outcome).orElse(Outcome.SKIPPED);
    }

    /** Names of the failed checks, in order. */
    public List<String> failedChecks() {
        return checks.stream().filter(Check::isFailed).map(Check::name).toList();
    }


    @Override
    public String toString() {
        return status() + " (cryptographic: " + cryptographicStatus() + ")\n  "
                + checks.stream().map(Check::toString).collect(Collectors.joining("\n  "));
    }
}
