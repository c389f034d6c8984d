package cn.xietong.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import cn.xietong.signing.SigningException;
import cn.xietong.signing.ca.CertificateValidator;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.pdf.PdfSealingException.Reason;

/**
 * Applies a seal to a PDF: a visible stamp in a signature widget at the requested page and position,
 * and a PDF signature over the byte ranges, written as an incremental update so that earlier
 * signatures stay valid (several units can seal one joint document in turn).
 *
 * <p>In one step with {@link #seal(byte[], SealParameters, Sm2Signer)}, or in two steps in the
 * style of DSS: {@link #getDataToSign} → the signature value computed wherever the key lives →
 * {@link #signDocument}. The preparation is deterministic: given the same document and the same
 * {@link SealParameters} (which fix the signing time), both steps prepare byte-identical PDFs, so no
 * state needs to be kept between them.
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfSealer {

    /** Space kept in /Contents beyond the certificates (and the seal, profile SES), in bytes. */
    private static final int CONTENTS_MARGIN = 2048;
    private static final float EDGE_TOLERANCE_PT = 0.01f;

    private final CertificateValidator validator;

    /** A sealer that checks only the dates of the signer certificate (and the seal's rules, profile SES). */
    public PdfSealer() {
        this.validator = null;
    }

    /**
     * A sealer that refuses signer certificates {@code validator} does not accept at the signing time
     * (untrusted, expired, revoked: {@link cn.xietong.signing.CertificateRejectedException}).
     */
    public PdfSealer(CertificateValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Step one: prepares the sealed PDF and returns what the signer's key must sign.
     *
     * @throws PdfSealingException for an unusable PDF or parameters (see {@link Reason})
     */
    public DataToSign getDataToSign(byte[] pdf, SealParameters parameters) {
        byte[][] captured = new byte[2][];
        prepareAndSign(pdf, parameters, (content, toBeSigned) -> {
            captured[0] = toBeSigned;
            captured[1] = Sm2Support.sm3(content);
            return PLACEHOLDER_SIGNATURE.clone();
        }, false);
        return new DataToSign(parameters.profile(), captured[0], captured[1], parameters.signingTime());
    }

    /**
     * Step two: prepares the same PDF again and completes it with the signature value. The value must
     * verify over the data to sign with the public key of the signer certificate in the parameters.
     *
     * @throws PdfSealingException {@link Reason#SIGNATURE_VALUE_REJECTED} if it does not (a value for
     *         other data, other parameters, or by another key)
     */
    public byte[] signDocument(byte[] pdf, SealParameters parameters, Sm2Signature signatureValue) {
        byte[] value = signatureValue.toDer();
        return prepareAndSign(pdf, parameters, (content, toBeSigned) -> value, true);
    }

    /**
     * Seals in one step: prepares the PDF and asks {@code signer} for the signature value. The signer's
     * public key must be the certificate's. A value from a signer outside this process (phone, USB
     * key, HSM) is verified before it is embedded; a {@link LocalSm2Signer}'s is not (its key was
     * just matched to the certificate, and verifying would cost twice the signing).
     *
     * @throws PdfSealingException {@link Reason#CERTIFICATE_KEY_MISMATCH} if the signer's key is not
     *         the signer certificate's key; {@link Reason#INVALID_PARAMETERS} if the signer uses another
     *         user ID than 1234567812345678, which verifiers of PDF seals assume
     */
    public byte[] seal(byte[] pdf, SealParameters parameters, Sm2Signer signer) {
        if (!signer.publicKey().equals(certificateKey(parameters))) {
            throw new PdfSealingException(Reason.CERTIFICATE_KEY_MISMATCH, "the signer's key is not the key of the certificate "
                    + parameters.signerCertificate().subject() + " given in the parameters");
        }
        if (!Arrays.equals(signer.userId(), Sm2.DEFAULT_USER_ID_BYTES)) {
            throw new PdfSealingException(Reason.INVALID_PARAMETERS,
                    "the signer uses another SM2 user ID than the default 1234567812345678, which PDF verifiers assume");
        }
        boolean local = signer instanceof LocalSm2Signer;
        return prepareAndSign(pdf, parameters, (content, toBeSigned) -> signer.sign(toBeSigned).toDer(), !local);
    }

    private static Sm2PublicKey certificateKey(SealParameters p) {
        try {
            return p.signerCertificate().publicKey();
        } catch (SigningException e) {
            throw new PdfSealingException(Reason.INVALID_PARAMETERS, "the signer certificate has no usable SM2 key: " + e.getMessage(), e);
        }
    }

    /** DER of an SM2 signature of the maximum length; used as a stand-in while only capturing data to sign. */
    private static final byte[] PLACEHOLDER_SIGNATURE = placeholder();

    private static byte[] placeholder() {
        byte[] b = new byte[72];
        b[0] = 0x30;
        b[1] = 70;
        b[2] = 0x02;
        b[3] = 33;
        b[4 + 33] = 0x02;
        b[4 + 33 + 1] = 33;
        return b;
    }

    /** Given the byte-range content and the bytes to be signed, the signature value. */
    private interface ValueSource {
        byte[] value(byte[] content, byte[] toBeSigned);
    }

    private byte[] prepareAndSign(byte[] pdf, SealParameters p, ValueSource source, boolean checkValue) {
        if (validator != null && p.profile() == SealProfile.CMS_SM2) {
            validator.withIntermediates(p.signerChain()).validate(p.signerCertificate(), p.signingTime()).requireValid();
        }
        PDDocument doc = PdfInput.openForSealing(pdf);
        try (SignatureOptions options = new SignatureOptions()) {
            int pageCount = doc.getNumberOfPages();
            if (p.page() < 1 || p.page() > pageCount) {
                throw new PdfSealingException(Reason.PAGE_OUT_OF_RANGE,
                        "page " + p.page() + " does not exist; the document has " + pageCount + " page" + (pageCount == 1 ? "" : "s"));
            }
            PDPage page = doc.getPage(p.page() - 1);
            Placement placement = Placement.on(page, p);

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(p.profile().subFilter()));
            signature.setName(p.signerCertificate().subjectCommonName());
            if (p.reason() != null) {
                signature.setReason(p.reason());
            }
            if (p.location() != null) {
                signature.setLocation(p.location());
            }
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(p.signingTime().toEpochMilli());
            signature.setSignDate(when);

            options.setPage(p.page() - 1);
            options.setPreferredSignatureSize(reservedContentsSize(p));
            int number = doc.getSignatureDictionaries().size() + 1;
            doc.addSignature(signature, options);
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            while (form.getField("Seal" + number) != null) {
                number++;
            }
            String fieldName = "Seal" + number;
            PDSignatureField field = fieldOf(form, signature);
            field.setPartialName(fieldName);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(placement.rectangle());
            widget.setPrinted(true);
            widget.setLocked(true);
            widget.setAppearance(appearance(doc, p.stamp(), placement));

            // Fixes the trailer /ID, which PDFBox would otherwise derive from the clock.
            doc.setDocumentId(p.signingTime().toEpochMilli());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reservedContentsSize(p) + 64 * 1024);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] content;
            try (InputStream in = external.getContent()) {
                content = in.readAllBytes();
            }
            byte[] contents = contents(content, p, fieldName, source, checkValue);
            if (contents.length > reservedContentsSize(p)) {
                throw new PdfSealingException(Reason.SIGNATURE_TOO_LARGE,
                        "the signature has " + contents.length + " bytes; " + reservedContentsSize(p) + " were reserved");
            }
            external.setSignature(contents);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfSealingException(Reason.SIGNING_FAILED, "writing the sealed PDF failed: " + e.getMessage(), e);
        } catch (SigningException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reads lazily: a damaged object deep in the file may only show up here.
            throw new PdfSealingException(Reason.DAMAGED_PDF, "the PDF cannot be sealed, part of it cannot be read: " + e, e);
        } finally {
            PdfInput.closeQuietly(doc);
        }
    }

    private byte[] contents(byte[] content, SealParameters p, String fieldName, ValueSource source, boolean checkValue) {
        UnaryOperator<byte[]> checkedValue = toBeSigned -> {
            byte[] value = source.value(content, toBeSigned);
            if (!checkValue) {
                return value; // capturing the data to sign, or a value from a key checked against the certificate
            }
            if (value == null || !Sm2Support.verify(certificateKey(p), toBeSigned, value)) {
                throw new PdfSealingException(Reason.SIGNATURE_VALUE_REJECTED,
                        "the signature value does not verify over the data to sign with the public key of "
                                + p.signerCertificate().subject()
                                + ": it was made for other data (other document or parameters) or with another key");
            }
            return value;
        };
        return switch (p.profile()) {
            case CMS_SM2 -> CmsSm2Signature.build(content, p, checkedValue);
            case SES_GBT38540 -> SesSignatures.build(content, p, fieldName, validator, checkedValue);
        };
    }

    private static int reservedContentsSize(SealParameters p) {
        int size = CONTENTS_MARGIN;
        for (Sm2Certificate c : p.signerChain()) {
            size += c.der().length;
        }
        if (p.seal() != null) {
            size += p.seal().encoded().length;
        }
        return size;
    }

    private static PDSignatureField fieldOf(PDAcroForm form, PDSignature signature) {
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDSignatureField s
                    && s.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return s;
            }
        }
        throw new IllegalStateException("PDFBox did not create the signature field");
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, SealStamp stamp, Placement placement) throws IOException {
        float w = stamp.widthPt();
        float h = stamp.heightPt();
        COSStream image = stamp.imageStream(doc);

        PDAppearanceStream form = new PDAppearanceStream(doc);
        form.setBBox(new PDRectangle(w, h));
        if (placement.matrix() != null) {
            COSArray m = new COSArray();
            for (float v : placement.matrix()) {
                m.add(new COSFloat(v));
            }
            form.getCOSObject().setItem(COSName.MATRIX, m);
        }
        COSDictionary xobjects = new COSDictionary();
        xobjects.setItem(COSName.getPDFName("Seal"), image);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.XOBJECT, xobjects);
        form.getCOSObject().setItem(COSName.RESOURCES, resources);
        String ops = "q " + fmt(w) + " 0 0 " + fmt(h) + " 0 0 cm /Seal Do Q\n";
        try (var os = form.getCOSObject().createOutputStream()) {
            os.write(ops.getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(form);
        return ap;
    }

    private static String fmt(float v) {
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String attribute(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** Where the widget goes in user space, and how its appearance is turned on a rotated page. */
    private record Placement(PDRectangle rectangle, float[] matrix) {

        static Placement on(PDPage page, SealParameters p) {
            PDRectangle crop = page.getCropBox();
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            boolean sideways = rotation == 90 || rotation == 270;
            float shownWidth = sideways ? crop.getHeight() : crop.getWidth();
            float shownHeight = sideways ? crop.getWidth() : crop.getHeight();
            float w = p.stamp().widthPt();
            float h = p.stamp().heightPt();
            float dx = (float) (p.xMm() * PdfUnits.POINTS_PER_MM);
            float dy = (float) (p.yMm() * PdfUnits.POINTS_PER_MM);
            if (dx < -EDGE_TOLERANCE_PT || dy < -EDGE_TOLERANCE_PT
                    || dx + w > shownWidth + EDGE_TOLERANCE_PT || dy + h > shownHeight + EDGE_TOLERANCE_PT) {
                throw new PdfSealingException(Reason.POSITION_OFF_PAGE, String.format(
                        "a %.1f x %.1f mm stamp at (%.1f, %.1f) mm does not lie on page %d, which is %.1f x %.1f mm",
                        p.stamp().widthMm(), p.stamp().heightMm(), p.xMm(), p.yMm(), p.page(),
                        PdfUnits.toMm(shownWidth), PdfUnits.toMm(shownHeight)));
            }
            float llx = crop.getLowerLeftX();
            float lly = crop.getLowerLeftY();
            float urx = crop.getUpperRightX();
            float ury = crop.getUpperRightY();
            return switch (rotation) {
                case 90 -> new Placement(new PDRectangle(llx + dy, lly + dx, h, w), new float[] {0, 1, -1, 0, h, 0});
                case 180 -> new Placement(new PDRectangle(urx - dx - w, lly + dy, w, h), new float[] {-1, 0, 0, -1, w, h});
                case 270 -> new Placement(new PDRectangle(urx - dy - h, ury - dx - w, h, w), new float[] {0, -1, 1, 0, 0, w});
                default -> new Placement(new PDRectangle(llx + dx, ury - dy - h, w, h), null);
            };
        }
    }
}
