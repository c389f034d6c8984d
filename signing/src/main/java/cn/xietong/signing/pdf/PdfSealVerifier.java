package cn.xietong.signing.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
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

import cn.xietong.signing.pdf.Check.Id;
import cn.xietong.signing.pdf.SignatureReport.ChangesAfterSigning;

/**
 * Verifies every signature of a PDF into a {@link PdfVerificationReport}: for each, the profile,
 * signer, unit, seal, signing time, whether it covers the whole document, what changed after it,
 * whether its digest and SM2 signature check out, and (given trust anchors) its certificate chain.
 * Stateless and thread-safe.
 */
public final class PdfSealVerifier {

    /** Verifies without trust anchors: the certificate chain is not checked. */
    public PdfVerificationReport verify(byte[] pdf) {
        return verify(pdf, VerificationOptions.none());
    }

    /**
     * Verifies every signature.
     *
     * @throws PdfSealingException if the bytes are not a readable PDF at all (not a PDF, truncated,
     *         password-protected); a damaged or tampered signature is reported, not thrown
     */
    public PdfVerificationReport verify(byte[] pdf, VerificationOptions options) {
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
            throw new PdfSealingException(PdfSealingException.Reason.DAMAGED_PDF, "the PDF's form fields cannot be read: " + e.getMessage(), e);
        } finally {
            PdfInput.closeQuietly(doc);
        }
        found.sort(Comparator.comparingLong(Found::end));

        TreeSet<Integer> signedEnds = new TreeSet<>();
        for (Found f : found) {
            if (f.wellFormedRange(pdf) == null) {
                signedEnds.add((int) f.end());
            }
        }
        RevisionChanges revisions = signedEnds.isEmpty() ? null : RevisionChanges.analyse(pdf, signedEnds);

        List<SignatureReport> reports = new ArrayList<>();
        int number = 1;
        for (Found f : found) {
            reports.add(verifyOne(number++, f, pdf, revisions, options));
        }
        return new PdfVerificationReport(pdf.length, now, reports);
    }

    private record Found(String fieldName, PDSignature signature) {
        int[] range() {
            return signature.getByteRange();
        }

        long end() {
            int[] r = range();
            return r != null && r.length == 4 ? (long) r[2] + r[3] : Long.MAX_VALUE;
        }

        /** Null if the byte range is well formed, else why not. */
        String wellFormedRange(byte[] pdf) {
            int[] r = range();
            if (r == null || r.length != 4) {
                return "the /ByteRange is missing or does not have 4 numbers";
            }
            long start = r[0], len1 = r[1], start2 = r[2], len2 = r[3];
            if (start != 0 || len1 <= 0 || start2 <= len1 || len2 < 0 || start2 + len2 > pdf.length) {
                return "the /ByteRange " + java.util.Arrays.toString(r) + " does not fit a file of " + pdf.length + " bytes";
            }
            if (pdf[(int) len1] != '<' || pdf[(int) start2 - 1] != '>') {
                return "the gap in the /ByteRange is not the /Contents hex string";
            }
            for (int i = (int) len1 + 1; i < start2 - 1; i++) {
                if (Character.digit(pdf[i], 16) < 0) {
                    return "the gap in the /ByteRange holds more than the /Contents hex string";
                }
            }
            return null;
        }
    }

    private SignatureReport verifyOne(int number, Found f, byte[] pdf, RevisionChanges revisions, VerificationOptions options) {
        PDSignature sig = f.signature();
        String subFilter = sig.getSubFilter();
        SealProfile profile = SealProfile.forSubFilter(subFilter);
        List<Check> checks = new ArrayList<>();
        Result r = new Result();
        Calendar m = sig.getSignDate();
        r.signingTime = m == null ? null : m.toInstant();

        String rangeProblem = f.wellFormedRange(pdf);
        boolean covers = false;
        ChangesAfterSigning changesAfter = ChangesAfterSigning.OTHER_CHANGES;
        List<String> changes = new ArrayList<>();
        if (rangeProblem != null) {
            checks.add(Check.failed(Id.BYTE_RANGE, rangeProblem));
            checks.add(Check.notChecked(Id.COVERS_WHOLE_DOCUMENT, "no usable byte range"));
            checks.add(Check.notChecked(Id.NO_CHANGE_AFTER_SIGNING, "no usable byte range"));
            changes.add("unknown: the byte range is unusable");
        } else {
            int[] br = f.range();
            checks.add(Check.passed(Id.BYTE_RANGE, "bytes 0-" + br[1] + " and " + br[2] + "-" + (br[2] + br[3])
                    + " are signed; the gap is exactly /Contents"));
            int end = br[2] + br[3];
            covers = end == pdf.length;
            if (covers) {
                checks.add(Check.passed(Id.COVERS_WHOLE_DOCUMENT, "the byte range reaches the end of the file"));
                checks.add(Check.passed(Id.NO_CHANGE_AFTER_SIGNING, "nothing was added after this signature"));
                changesAfter = ChangesAfterSigning.NONE;
            } else {
                List<String> other = revisions.otherChangesAfter(end);
                int later = revisions.signedRevisionsAfter(end);
                checks.add(Check.warning(Id.COVERS_WHOLE_DOCUMENT, "the byte range ends at " + end + " of " + pdf.length
                        + " bytes; " + later + " later signed revision" + (later == 1 ? "" : "s") + " follow"));
                if (other.isEmpty()) {
                    changesAfter = ChangesAfterSigning.ONLY_FURTHER_SIGNATURES;
                    changes.add(later + " further signature" + (later == 1 ? "" : "s") + " added");
                    checks.add(Check.passed(Id.NO_CHANGE_AFTER_SIGNING, "only further signatures were added after this one (" + later + ")"));
                } else {
                    changes.addAll(other);
                    checks.add(Check.failed(Id.NO_CHANGE_AFTER_SIGNING, "the document was changed after this signature: "
                            + String.join("; ", other)));
                }
            }
        }

        if (profile == null) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the /SubFilter /" + subFilter + " is not one this verifier reads ("
                    + SealProfile.CMS_SM2.subFilter() + ", " + SealProfile.SES_GBT38540.subFilter() + ")"));
        } else if (rangeProblem != null) {
            checks.add(Check.notChecked(Id.SIGNATURE_FORMAT, "no usable byte range"));
        } else {
            int[] br = f.range();
            byte[] contents = HexFormat.of().parseHex(new String(pdf, br[1] + 1, br[2] - br[1] - 2, java.nio.charset.StandardCharsets.US_ASCII));
            byte[] content = new byte[br[1] + br[3]];
            System.arraycopy(pdf, 0, content, 0, br[1]);
            System.arraycopy(pdf, br[2], content, br[1], br[3]);
            switch (profile) {
                case CMS_SM2 -> verifyCms(contents, content, r, checks);
                case SES_GBT38540 -> checks.add(Check.failed(Id.SIGNATURE_FORMAT, "profile SES_GBT38540 is not available yet"));
            }
        }
        checks.add(chainCheck(r, options));

        checks.sort(Comparator.comparing(Check::id));
        return new SignatureReport(number, f.fieldName(), subFilter, profile, r.signerName(), r.unit(), r.sealName, r.sealId,
                r.signer, r.signingTime, covers, changesAfter, changes, checks);
    }

    /** What was read out of the signature. */
    private static final class Result {
        X509CertificateHolder signer;
        List<X509CertificateHolder> certificates = List.of();
        Instant signingTime;
        String sealName;
        String sealId;
        String sealUnit;

        String signerName() {
            return signer == null ? null : PdfSealer.commonName(signer);
        }

        String unit() {
            if (sealUnit != null) {
                return sealUnit;
            }
            return signer == null ? null : PdfSealer.attribute(signer.getSubject(), BCStyle.O);
        }
    }

    private static void verifyCms(byte[] contents, byte[] content, Result r, List<Check> checks) {
        SignerInformation si;
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(content), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the CMS has " + signers.size() + " signers; exactly one is expected"));
                return;
            }
            si = signers.iterator().next();
        } catch (Exception e) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "/Contents is not a CMS SignedData: " + e.getMessage()));
            return;
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(si.getSID());
        r.certificates = new ArrayList<>(cms.getCertificates().getMatches(null));
        if (matches.isEmpty()) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the CMS does not include the signer's certificate"));
            return;
        }
        r.signer = matches.iterator().next();
        AttributeTable signed = si.getSignedAttributes();
        if (!GMObjectIdentifiers.sm3.equals(si.getDigestAlgorithmID().getAlgorithm())) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the digest algorithm is " + si.getDigestAlgOID() + ", not SM3 (1.2.156.10197.1.401)"));
            return;
        }
        String sigAlg = si.getEncryptionAlgOID();
        if (!GMObjectIdentifiers.sm2sign_with_sm3.getId().equals(sigAlg) && !GMObjectIdentifiers.sm2sign.getId().equals(sigAlg)) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the signature algorithm is " + sigAlg + ", not SM2 (1.2.156.10197.1.501)"));
            return;
        }
        Attribute digestAttr = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        if (digestAttr == null) {
            checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the CMS has no signed message-digest attribute"));
            return;
        }
        Attribute timeAttr = signed.get(CMSAttributes.signingTime);
        if (timeAttr != null) {
            try {
                r.signingTime = Time.getInstance(timeAttr.getAttrValues().getObjectAt(0)).getDate().toInstant();
            } catch (RuntimeException e) {
                checks.add(Check.failed(Id.SIGNATURE_FORMAT, "the signing-time attribute is malformed"));
                return;
            }
        }
        checks.add(Check.passed(Id.SIGNATURE_FORMAT, "CMS SignedData, one signer, SM3withSM2, signed by " + r.signer.getSubject()));

        byte[] expected = ASN1OctetString.getInstance(digestAttr.getAttrValues().getObjectAt(0)).getOctets();
        byte[] actual = Sm2Support.sm3(content);
        if (MessageDigest.isEqual(expected, actual)) {
            checks.add(Check.passed(Id.MESSAGE_DIGEST, "SM3 of the signed bytes matches the message-digest attribute"));
        } else {
            checks.add(Check.failed(Id.MESSAGE_DIGEST, "SM3 of the signed bytes is " + HexFormat.of().formatHex(actual)
                    + " but the signature was made over " + HexFormat.of().formatHex(expected) + ": the signed bytes were changed"));
        }
        byte[] signedAttributes;
        try {
            signedAttributes = si.getEncodedSignedAttributes();
        } catch (IOException e) {
            checks.add(Check.failed(Id.SIGNATURE_VALUE, "the signed attributes cannot be encoded"));
            return;
        }
        if (Sm2Support.verify(r.signer.getSubjectPublicKeyInfo(), signedAttributes, si.getSignature())) {
            checks.add(Check.passed(Id.SIGNATURE_VALUE, "the SM2 signature over the signed attributes verifies with the signer's key"));
        } else {
            checks.add(Check.failed(Id.SIGNATURE_VALUE, "the SM2 signature over the signed attributes does not verify with the key of "
                    + r.signer.getSubject()));
        }
    }

    private static Check chainCheck(Result r, VerificationOptions options) {
        if (r.signer == null) {
            return Check.notChecked(Id.CERTIFICATE_CHAIN, "no signer certificate was found");
        }
        if (!options.checksChain()) {
            return Check.notChecked(Id.CERTIFICATE_CHAIN, "no trust anchors were given");
        }
        return Check.notChecked(Id.CERTIFICATE_CHAIN, "chain validation is not available yet");
    }

    static COSName subFilterName(SealProfile p) {
        return COSName.getPDFName(p.subFilter());
    }
}
