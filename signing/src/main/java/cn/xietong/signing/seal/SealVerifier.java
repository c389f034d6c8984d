package cn.xietong.signing.seal;

import static cn.xietong.signing.seal.SealVerificationReport.DATA_HASH;
import static cn.xietong.signing.seal.SealVerificationReport.SEAL_MAKER_CERTIFICATE;
import static cn.xietong.signing.seal.SealVerificationReport.SEAL_MAKER_SIGNATURE;
import static cn.xietong.signing.seal.SealVerificationReport.SEAL_VALIDITY;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_ALLOWED;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_CERTIFICATE;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_SIGNATURE;
import static cn.xietong.signing.seal.SealVerificationReport.STRUCTURE;
import static cn.xietong.signing.seal.SealVerificationReport.TIMESTAMP;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import cn.xietong.signing.Check;
import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.crypto.Sm3Digest;

/**
 * Verifies seals and seal signatures (v4 and v1) and reports every check (see {@link SealVerificationReport}
 * for the names). Signatures are verified over the original DER bytes of SES_SealInfo and TBS_Sign as
 * received. Malformed input gives a report with a failed {@code structure} check, never an exception.
 * Immutable and thread-safe.
 */
public final class SealVerifier {

    private final CertificateValidator validator;

    /** Trusts no CA: certificate checks come out INDETERMINATE ("untrusted/unknown issuer"). */
    public SealVerifier() {
        this(CertificateValidator.trustingNothing());
    }

    /** Validates certificates with {@code validator} (trust anchors, intermediates, CRLs). */
    public SealVerifier(CertificateValidator validator) {
        this.validator = validator;
    }

    /** Verifies a seal on its own: structure, seal maker signature, seal maker certificate at the createDate. */
    public SealVerificationReport verifySeal(byte[] sesSealDer) {
        SesSeal seal;
        try {
            seal = SesSeal.fromDer(sesSealDer);
        } catch (MalformedInputException e) {
            return new SealVerificationReport(List.of(structureFailed("SES_Seal", e)), null, null, null, null);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(STRUCTURE, "a well-formed " + describe(seal)));
        checks.add(sealMakerSignature(seal));
        CertificateValidationResult maker = sealMakerCertificate(seal, checks);
        return new SealVerificationReport(checks, seal, null, maker, null);
    }

    /** Verifies a seal signature over the protected bytes. */
    public SealVerificationReport verify(byte[] sesSignatureDer, byte[] protectedBytes) {
        return verify(sesSignatureDer, Sm3Digest.of(protectedBytes));
    }

    /** Verifies a seal signature given the SM3 digest of the protected bytes. */
    public SealVerificationReport verify(byte[] sesSignatureDer, Sm3Digest protectedDigest) {
        SesSignature sig;
        try {
            sig = SesSignature.fromDer(sesSignatureDer);
        } catch (MalformedInputException e) {
            return new SealVerificationReport(List.of(structureFailed("SES_Signature", e)), null, null, null, null);
        }
        SesSeal seal = sig.seal();
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(STRUCTURE, "a well-formed SES_Signature " + sig.version() + " (TBS_Sign version "
                + sig.tbsVersion() + ") carrying a " + describe(seal)));
        checks.add(sealMakerSignature(seal));
        CertificateValidationResult maker = sealMakerCertificate(seal, checks);

        Sm2Certificate signer = null;
        try {
            signer = sig.signerCertificate();
        } catch (MalformedInputException e) {
            checks.add(Check.failed(SIGNER_SIGNATURE, "the signer certificate cannot be read: " + e.getMessage()));
        }
        if (signer != null) {
            checks.add(signature(SIGNER_SIGNATURE, "signer " + signer.subject(), signer, sig.signatureAlgorithm(),
                    List.of(sig.tbsEncoded()), sig.signatureValue(), "TBS_Sign"));
        }
        CertificateValidationResult signerResult = null;
        if (signer != null) {
            signerResult = validator.validate(signer, sig.timeInfo());
            checks.add(fromCertificateResult(SIGNER_CERTIFICATE, "signer", signerResult, sig.timeInfo()));
        } else {
            checks.add(Check.failed(SIGNER_CERTIFICATE, "the signer certificate cannot be read"));
        }
        if (seal.isValidAt(sig.timeInfo())) {
            checks.add(Check.passed(SEAL_VALIDITY, "signed at " + sig.timeInfo() + ", within the seal's validity "
                    + seal.validStart() + " to " + seal.validEnd()));
        } else {
            checks.add(Check.failed(SEAL_VALIDITY, "signed at " + sig.timeInfo() + ", outside the seal's validity "
                    + seal.validStart() + " to " + seal.validEnd()));
        }
        Optional<Boolean> allowed = seal.allows(sig.signerCertificateDer());
        if (allowed.isEmpty()) {
            checks.add(Check.indeterminate(SIGNER_ALLOWED, "the seal lists certificate digests of an unknown type"));
        } else if (allowed.get()) {
            checks.add(Check.passed(SIGNER_ALLOWED, "the seal lists the signer's certificate"));
        } else {
            checks.add(Check.failed(SIGNER_ALLOWED, "the signer's certificate is not among the "
                    + Math.max(seal.allowedCertificates().size(), seal.allowedCertificateDigests().size())
                    + " certificate(s) the seal allows"));
        }
        byte[] claimed = sig.dataHash();
        if (MessageDigest.isEqual(claimed, protectedDigest.bytes())) {
            checks.add(Check.passed(DATA_HASH, "dataHash equals SM3 of the protected bytes (" + protectedDigest + ")"));
        } else {
            checks.add(Check.failed(DATA_HASH, "dataHash " + HexFormat.of().formatHex(claimed)
                    + " differs from SM3 of the protected bytes " + protectedDigest + ": the protected data changed"));
        }
        if (sig.timeStamp().isPresent()) {
            checks.add(Check.skipped(TIMESTAMP, "a time stamp is present but not verified by this module"));
        }
        return new SealVerificationReport(checks, seal, sig, maker, signerResult);
    }

    /** The seal maker's signature check alone (also used by {@link DocumentSealer} before applying a seal). */
    static Check sealMakerSignature(SesSeal seal) {
        Sm2Certificate maker;
        try {
            maker = seal.sealMakerCertificate();
        } catch (MalformedInputException e) {
            return Check.failed(SEAL_MAKER_SIGNATURE, "the seal maker certificate cannot be read: " + e.getMessage());
        }
        return signature(SEAL_MAKER_SIGNATURE, "seal maker " + maker.subject(), maker, seal.signatureAlgorithm(),
                seal.sealMakerSignedDataCandidates(), seal.signedValue(), "SES_SealInfo");
    }

    private CertificateValidationResult sealMakerCertificate(SesSeal seal, List<Check> checks) {
        Sm2Certificate maker;
        try {
            maker = seal.sealMakerCertificate();
        } catch (MalformedInputException e) {
            checks.add(Check.failed(SEAL_MAKER_CERTIFICATE, "the seal maker certificate cannot be read: " + e.getMessage()));
            return null;
        }
        // Our own seal maker certificates carry the SEAL_MAKER profile; others' certificates are not profiled.
        CertificateProfile expected = CertificateProfile.of(maker).isPresent() ? CertificateProfile.SEAL_MAKER : null;
        CertificateValidationResult r = validator.validate(maker, seal.createDate(), expected);
        checks.add(fromCertificateResult(SEAL_MAKER_CERTIFICATE, "seal maker", r, seal.createDate()));
        return r;
    }

    private static Check signature(String name, String who, Sm2Certificate cert, ASN1ObjectIdentifier alg,
            List<byte[]> candidates, byte[] value, String what) {
        if (!Sm2.SM3_WITH_SM2_OID.equals(alg)) {
            return Check.failed(name, "signature algorithm " + alg + " is not SM3withSM2 (1.2.156.10197.1.501)");
        }
        Sm2PublicKey key;
        try {
            key = cert.publicKey();
        } catch (MalformedInputException e) {
            return Check.failed(name, "the " + who + " certificate has no usable SM2 key: " + e.getMessage());
        }
        Sm2Signature s;
        try {
            s = Sm2Signature.fromDerOrRaw(value);
        } catch (MalformedInputException e) {
            return Check.failed(name, "the " + who + " signature value is malformed: " + e.getMessage());
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (Sm2Verifier.verify(key, candidates.get(i), s)) {
                return Check.passed(name, "the SM2 signature of the " + who + " over " + what + " verifies"
                        + (i > 0 ? " (v1 seal: signed over SES_SealInfo alone)" : ""));
            }
        }
        return Check.failed(name, "the SM2 signature of the " + who + " over " + what
                + " does not verify: the signed content or the signature was altered");
    }

    private static Check fromCertificateResult(String name, String role, CertificateValidationResult r, Instant at) {
        Check.Outcome o = r.status();
        String detail = r.firstProblem()
                .map(p -> p.name() + ": " + p.detail())
                .orElse("chains to a trust anchor, valid at " + at + ", not revoked (where a CRL was given)");
        return new Check(name, o, "the " + role + " certificate " + r.certificate().subject() + ": " + detail);
    }

    private static Check structureFailed(String what, MalformedInputException e) {
        return Check.failed(STRUCTURE, what + " cannot be read (" + e.code() + "): " + e.getMessage());
    }

    private static String describe(SesSeal seal) {
        return "seal " + seal.version() + " '" + seal.name() + "' (vendor " + seal.vendorId() + ", esID " + seal.esId() + ")";
    }
}
