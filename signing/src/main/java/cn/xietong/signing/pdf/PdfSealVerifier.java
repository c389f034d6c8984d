package cn.xietong.signing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

import cn.xietong.signing.Check;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.pdf.SignatureReport.ChangesAfterSigning;

/**
 * Verifies every signature of a PDF into a {@link PdfVerificationReport}: for each, the profile,
 * signer, unit, seal, signing time, whether it covers the whole document, what changed after it,
 * whether its digest and SM2 signature check out, and (given a certificate validator with trust
 * anchors and CRLs) its certificate chain at the signing time. Stateless and thread-safe.
 */
public final class PdfSealVerifier {

    private final CertificateValidator validator;

    /** A verifier that checks no certificate chain: every signature is at best INDETERMINATE. */
    public PdfSealVerifier() {
        this.validator = null;
    }

    /** A verifier that validates each signer certificate with {@code validator} at the signing time. */
    public PdfSealVerifier(CertificateValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Verifies every signature.
     *
     * @throws PdfSealingException if the bytes are not a readable PDF at all (not a PDF, cut off,
     *         password-protected); a damaged or tampered signature is reported, not thrown
     */
    public PdfVerificationReport verify(byte[] pdf) {
        Instant now = Instant.now();
        List<Found> found = new ArrayList<>();
        PDDocument doc = PdfInput.openForVerification(pdf);
        try {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    if (f instanceof PDSignatureField s && s.getSignature() != null) {
                        found.add(new Found(s.getFullyQualifiedName(), s.getSignature()));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new PdfSealingException(PdfSealingException.Reason.DAMAGED_PDF,
                    "the PDF's form fields cannot be read: " + e.getMessage(), e);
        } finally {
            PdfInput.closeQuietly(doc);
        }
        found.sort(Comparator.comparingLong(Found::end));

        TreeSet<Integer> signedEnds = new TreeSet<>();
        for (Found f : found) {
            if (f.rangeProblem(pdf) == null) {
                signedEnds.add((int) f.end());
            }
        }
        RevisionChanges revisions = signedEnds.isEmpty() ? null : RevisionChanges.analyse(pdf, signedEnds);

        List<SignatureReport> reports = new ArrayList<>();
        int number = 1;
        for (Found f : found) {
            try {
                reports.add(verifyOne(number, f, pdf, revisions));
            } catch (RuntimeException e) {
                // PDFBox reads lazily: a damaged signature dictionary may only show up here.
                reports.add(new SignatureReport(number, f.fieldName(), null, null, null, null, null, null, null, null, false,
                        ChangesAfterSigning.OTHER_CHANGES, List.of(), List.of(Check.failed(SignatureReport.SIGNATURE_FORMAT,
                        "the signature dictionary cannot be read: " + e))));
            }
            number++;
        }
        return new PdfVerificationReport(pdf.length, now, reports);
    }

    private record Found(String fieldName, PDSignature signature) {
        int[] range() {
            try {
                return signature.getByteRange();
            } catch (RuntimeException e) {
                return null;
            }
        }

        long end() {
            int[] r = range();
            return r != null && r.length == 4 ? (long) r[2] + r[3] : Long.MAX_VALUE;
        }

        /** Null if the byte range is well formed, else why not. */
        String rangeProblem(byte[] pdf) {
            int[] r = range();
            if (r == null || r.length != 4) {
                return "the /ByteRange is missing or does not have 4 numbers";
            }
            long start = r[0], len1 = r[1], start2 = r[2], len2 = r[3];
            if (start != 0 || len1 <= 0 || start2 <= len1 + 1 || len2 < 0 || start2 + len2 > pdf.length) {
                return "the /ByteRange " + Arrays.toString(r) + " does not fit a file of " + pdf.length + " bytes";
            }
            if (pdf[(int) len1] != '<' || pdf[(int) start2 - 1] != '>' || (start2 - len1) % 2 != 0) {
                return "the gap in the /ByteRange " + Arrays.toString(r) + " is not the /Contents hex string";
            }
            for (int i = (int) len1 + 1; i < start2 - 1; i++) {
                if (Character.digit(pdf[i], 16) < 0) {
                    return "the gap in the /ByteRange " + Arrays.toString(r) + " holds more than the /Contents hex string";
                }
            }
            return null;
        }
    }

    /** What was read out of one signature. */
    static final class Reading {
        final List<Check> checks = new ArrayList<>();
        Sm2Certificate signer;
        List<Sm2Certificate> certificates = List.of();
        Instant signingTime;
        String sealName;
        String sealId;
        String sealUnit;

        String unit() {
            if (sealUnit != null) {
                return sealUnit;
            }
            return signer == null ? null : PdfSealer.attribute(signer.subject(), BCStyle.O);
        }
    }

    private SignatureReport verifyOne(int number, Found f, byte[] pdf, RevisionChanges revisions) {
        PDSignature sig = f.signature();
        String subFilter = sig.getSubFilter();
        SealProfile profile = SealProfile.forSubFilter(subFilter);
        Reading r = new Reading();
        List<Check> checks = r.checks;

        String rangeProblem = f.rangeProblem(pdf);
        boolean covers = false;
        ChangesAfterSigning changesAfter = ChangesAfterSigning.OTHER_CHANGES;
        List<String> changes = new ArrayList<>();
        if (rangeProblem != null) {
            checks.add(Check.failed(SignatureReport.BYTE_RANGE, rangeProblem));
            checks.add(Check.indeterminate(SignatureReport.NO_CHANGE_AFTER_SIGNING, "without a usable byte range nothing is known"));
            changes.add("unknown: the byte range is unusable");
        } else {
            int[] br = f.range();
            int end = br[2] + br[3];
            covers = end == pdf.length;
            checks.add(Check.passed(SignatureReport.BYTE_RANGE, "bytes 0-" + br[1] + " and " + br[2] + "-" + end
                    + " are signed, the gap is exactly /Contents; " + (covers ? "this covers the whole document"
                    : "the document continues for " + (pdf.length - end) + " more bytes")));
            if (covers) {
                changesAfter = ChangesAfterSigning.NONE;
                checks.add(Check.passed(SignatureReport.NO_CHANGE_AFTER_SIGNING, "nothing was added after this signature"));
            } else {
                List<String> other = revisions.otherChangesAfter(end);
                int later = revisions.signedRevisionsAfter(end);
                if (other.isEmpty()) {
                    changesAfter = ChangesAfterSigning.ONLY_FURTHER_SIGNATURES;
                    changes.add(later + " further signature" + (later == 1 ? " was" : "s were") + " added");
                    checks.add(Check.passed(SignatureReport.NO_CHANGE_AFTER_SIGNING,
                            "only further signatures were added after this one (" + later + ")"));
                } else {
                    changes.addAll(other);
                    checks.add(Check.failed(SignatureReport.NO_CHANGE_AFTER_SIGNING,
                            "the document was changed after this signature: " + String.join("; ", other)));
                }
            }
        }

        if (profile == null) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the /SubFilter /" + subFilter
                    + " is not one this verifier reads (" + SealProfile.CMS_SM2.subFilter() + ", "
                    + SealProfile.SES_GBT38540.subFilter() + ")"));
        } else if (rangeProblem != null) {
            checks.add(Check.indeterminate(SignatureReport.SIGNATURE_FORMAT, "not read: the byte range is unusable"));
        } else {
            int[] br = f.range();
            byte[] contents = HexFormat.of().parseHex(new String(pdf, br[1] + 1, br[2] - br[1] - 2, StandardCharsets.US_ASCII));
            byte[] content = new byte[br[1] + br[3]];
            System.arraycopy(pdf, 0, content, 0, br[1]);
            System.arraycopy(pdf, br[2], content, br[1], br[3]);
            switch (profile) {
                case CMS_SM2 -> verifyCms(contents, content, r);
                case SES_GBT38540 -> SesSignatures.verify(contents, content, r, validator);
            }
        }
        if (r.signingTime == null) {
            Calendar m = sig.getSignDate();
            r.signingTime = m == null ? null : m.toInstant();
        }
        chainChecks(r);
        return new SignatureReport(number, f.fieldName(), subFilter, profile,
                r.signer == null ? null : r.signer.subjectCommonName(), r.unit(), r.sealName, r.sealId,
                r.signer, r.signingTime, covers, changesAfter, changes, checks);
    }

    private static void verifyCms(byte[] contents, byte[] content, Reading r) {
        List<Check> checks = r.checks;
        CMSSignedData cms;
        SignerInformation si;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(content), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the CMS has " + signers.size() + " signers; exactly one is expected"));
                return;
            }
            si = signers.iterator().next();
        } catch (Exception e) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "/Contents is not a CMS SignedData: " + e.getMessage()));
            return;
        }
        List<Sm2Certificate> certs = new ArrayList<>();
        Sm2Certificate signer = null;
        for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
            Sm2Certificate c = Sm2Support.certificate(h);
            if (c != null) {
                certs.add(c);
                if (signer == null && si.getSID().match(h)) {
                    signer = c;
                }
            }
        }
        r.certificates = certs;
        if (signer == null) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the CMS does not include the signer's SM2 certificate"));
            return;
        }
        r.signer = signer;
        if (!GMObjectIdentifiers.sm3.equals(si.getDigestAlgorithmID().getAlgorithm())) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the digest algorithm is " + si.getDigestAlgOID()
                    + ", not SM3 (1.2.156.10197.1.401)"));
            return;
        }
        String sigAlg = si.getEncryptionAlgOID();
        if (!GMObjectIdentifiers.sm2sign_with_sm3.getId().equals(sigAlg) && !GMObjectIdentifiers.sm2sign.getId().equals(sigAlg)) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the signature algorithm is " + sigAlg
                    + ", not SM3withSM2 (1.2.156.10197.1.501)"));
            return;
        }
        AttributeTable signed = si.getSignedAttributes();
        Attribute digestAttr = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        if (digestAttr == null) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "the CMS has no signed message-digest attribute"));
            return;
        }
        Attribute timeAttr = signed.get(CMSAttributes.signingTime);
        byte[] expected;
        try {
            if (timeAttr != null) {
                r.signingTime = Time.getInstance(timeAttr.getAttrValues().getObjectAt(0)).getDate().toInstant();
            }
            expected = ASN1OctetString.getInstance(digestAttr.getAttrValues().getObjectAt(0)).getOctets();
        } catch (RuntimeException e) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_FORMAT, "a signed attribute is malformed: " + e.getMessage()));
            return;
        }
        checks.add(Check.passed(SignatureReport.SIGNATURE_FORMAT, "a CMS SignedData with one signer, SM3withSM2, signed by "
                + signer.subject()));

        byte[] actual = Sm2Support.sm3(content);
        if (MessageDigest.isEqual(expected, actual)) {
            checks.add(Check.passed(SignatureReport.MESSAGE_DIGEST, "SM3 of the signed bytes matches the message-digest attribute"));
        } else {
            checks.add(Check.failed(SignatureReport.MESSAGE_DIGEST, "SM3 of the signed bytes is " + HexFormat.of().formatHex(actual)
                    + " but the signature was made over " + HexFormat.of().formatHex(expected) + ": the signed bytes were changed"));
        }
        byte[] signedAttributes;
        try {
            signedAttributes = si.getEncodedSignedAttributes();
        } catch (IOException e) {
            checks.add(Check.failed(SignatureReport.SIGNATURE_VALUE, "the signed attributes cannot be encoded"));
            return;
        }
        boolean valid;
        try {
            valid = Sm2Support.verify(signer.publicKey(), signedAttributes, si.getSignature());
        } catch (RuntimeException e) {
            valid = false;
        }
        if (valid) {
            checks.add(Check.passed(SignatureReport.SIGNATURE_VALUE, "the SM2 signature over the signed attributes verifies with the key of "
                    + signer.subject()));
        } else {
            checks.add(Check.failed(SignatureReport.SIGNATURE_VALUE, "the SM2 signature over the signed attributes does not verify with the key of "
                    + signer.subject()));
        }
    }

    private void chainChecks(Reading r) {
        if (r.signer == null) {
            r.checks.add(Check.indeterminate(SignatureReport.CERTIFICATE_CHAIN, "no signer certificate was found"));
            return;
        }
        if (validator == null) {
            r.checks.add(Check.indeterminate(SignatureReport.CERTIFICATE_CHAIN, "not checked: no trust anchors were given"));
            return;
        }
        Instant at = r.signingTime != null ? r.signingTime : Instant.now();
        CertificateValidationResult result = validator.withIntermediates(r.certificates).validate(r.signer, at);
        r.checks.addAll(result.checks());
    }
}
