package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.pdf.PdfSealingException.Reason;
import cn.xietong.signing.pdf.SignatureReport.ChangesAfterSigning;

/** Every kind of bad input gives a typed error or a report saying what is wrong; never a crash or a hang. */
class BadInputTest {

    private final Seals seals = new Seals();
    private final PdfSealer sealer = new PdfSealer();
    private final byte[] pdf = TestPdfs.textPages(10);
    private final SealParameters cityOffice = seals.cityOffice.at(1, 140, 230).build();

    private byte[] sealed() {
        return sealer.seal(pdf, cityOffice, seals.cityOffice.key());
    }

    private Reason sealingFails(byte[] input, SealParameters parameters) {
        return assertThrows(PdfSealingException.class, () -> sealer.seal(input, parameters, seals.cityOffice.key())).reason();
    }

    @Test
    void truncatedPdfIsRefused() {
        assertEquals(Reason.TRUNCATED_PDF, sealingFails(Arrays.copyOf(pdf, pdf.length / 2), cityOffice));
        assertEquals(Reason.TRUNCATED_PDF, sealingFails(Arrays.copyOf(pdf, pdf.length - 8), cityOffice));
    }

    @Test
    void truncatedPdfCannotBeVerified() {
        byte[] cut = Arrays.copyOf(pdf, 2000);
        PdfSealingException e = assertThrows(PdfSealingException.class, () -> new PdfSealVerifier().verify(cut));
        assertEquals(Reason.TRUNCATED_PDF, e.reason());
        assertEquals(SigningException.Code.TRUNCATED_ENCODING, e.code());
    }

    @Test
    void sealedPdfCutInsideItsLastRevisionReportsABrokenByteRange() {
        byte[] twice = sealer.seal(sealed(), seals.financeBureau.at(1, 20, 230).build(), seals.financeBureau.key());
        byte[] cut = Arrays.copyOf(twice, twice.length - 200);

        PdfVerificationReport report = new PdfSealVerifier().verify(cut);

        assertEquals(Outcome.FAILED, report.status(), report::describe);
    }

    @Test
    void encryptedPdfIsRefused() throws IOException {
        assertEquals(Reason.ENCRYPTED_PDF, sealingFails(encrypted("user-secret"), cityOffice));
        assertEquals(Reason.ENCRYPTED_PDF, sealingFails(encrypted(""), cityOffice));
        PdfSealingException e = assertThrows(PdfSealingException.class, () -> new PdfSealVerifier().verify(encrypted("user-secret")));
        assertEquals(Reason.ENCRYPTED_PDF, e.reason());
    }

    private byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void bytesThatAreNotAPdfAreRefused() {
        assertEquals(Reason.NOT_A_PDF, sealingFails(TestStamps.redSealPng(), cityOffice));
        assertEquals(Reason.NOT_A_PDF, sealingFails(new byte[0], cityOffice));
        assertEquals(Reason.NOT_A_PDF, sealingFails("<html>通知</html>".getBytes(StandardCharsets.UTF_8), cityOffice));
        assertThrows(PdfSealingException.class, () -> new PdfSealVerifier().verify(new byte[] {1, 2, 3}));
    }

    @Test
    void pdfHeaderWithGarbageBehindItIsRefused() {
        byte[] fake = ("%PDF-1.7\n" + "x".repeat(3000) + "\nstartxref\n999999\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Reason reason = sealingFails(fake, cityOffice);
        assertTrue(reason == Reason.TRUNCATED_PDF || reason == Reason.DAMAGED_PDF, reason::toString);
    }

    @Test
    void pageOutOfRangeIsRefused() {
        assertEquals(Reason.PAGE_OUT_OF_RANGE, sealingFails(pdf, seals.cityOffice.at(11, 140, 230).build()));
        assertEquals(Reason.PAGE_OUT_OF_RANGE, sealingFails(pdf, seals.cityOffice.at(0, 140, 230).build()));
    }

    @Test
    void positionOffThePageIsRefused() {
        // A4 is 210 x 297 mm; the stamp is 42 mm wide.
        assertEquals(Reason.POSITION_OFF_PAGE, sealingFails(pdf, seals.cityOffice.at(1, 180, 100).build()));
        assertEquals(Reason.POSITION_OFF_PAGE, sealingFails(pdf, seals.cityOffice.at(1, 100, 270).build()));
        assertEquals(Reason.POSITION_OFF_PAGE, sealingFails(pdf, seals.cityOffice.at(1, -1, 100).build()));
        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.seal(pdf, seals.cityOffice.at(1, 180, 100).build(), seals.cityOffice.key()));
        assertTrue(e.getMessage().contains("210.0 x 297.0 mm"), e::getMessage);
    }

    @Test
    void stampAtTheVeryEdgeOfThePageIsAccepted() {
        byte[] out = sealer.seal(pdf, seals.cityOffice.at(1, 210 - 42, 297 - 42).build(), seals.cityOffice.key());
        assertNotEquals(Outcome.FAILED, new PdfSealVerifier().verify(out).status());
    }

    @Test
    void tamperedSignatureValueIsReported() {
        byte[] tampered = sealed();
        int[] gap = contentsGap(tampered);
        int last = gap[1] - 1;
        while (tampered[last] == '0') {
            last--;
        }
        tampered[last] = (byte) (tampered[last] == '1' ? '2' : '1');

        SignatureReport report = new PdfSealVerifier().verify(tampered).signature(1);

        assertEquals(Outcome.FAILED, report.status(), report::describe);
        assertEquals(Outcome.FAILED, report.outcome(SignatureReport.SIGNATURE_VALUE), report::describe);
        assertEquals(Outcome.PASSED, report.outcome(SignatureReport.MESSAGE_DIGEST));
    }

    @Test
    void garbledContentsAreReportedAsMalformed() {
        byte[] tampered = sealed();
        int[] gap = contentsGap(tampered);
        Arrays.fill(tampered, gap[0], gap[0] + 40, (byte) 'F');

        SignatureReport report = new PdfSealVerifier().verify(tampered).signature(1);

        assertEquals(Outcome.FAILED, report.outcome(SignatureReport.SIGNATURE_FORMAT), report::describe);
    }

    @Test
    void changedSignedBytesFailTheMessageDigest() {
        byte[] tampered = sealed();
        int at = indexOf(tampered, "\n%") + 3; // inside the binary comment under the header
        tampered[at] ^= 0x01;

        SignatureReport report = new PdfSealVerifier().verify(tampered).signature(1);

        assertEquals(Outcome.FAILED, report.outcome(SignatureReport.MESSAGE_DIGEST), report::describe);
    }

    @Test
    void bytesAppendedAfterSigningAreReported() {
        byte[] sealed = sealed();
        byte[] appended = Arrays.copyOf(sealed, sealed.length + 20);
        System.arraycopy("% appended comment\n".getBytes(StandardCharsets.US_ASCII), 0, appended, sealed.length, 19);

        SignatureReport report = new PdfSealVerifier().verify(appended).signature(1);

        assertEquals(Outcome.FAILED, report.outcome(SignatureReport.NO_CHANGE_AFTER_SIGNING), report::describe);
        assertEquals(ChangesAfterSigning.OTHER_CHANGES, report.changesAfter());
        assertTrue(report.changes().get(0).contains("20 bytes"), report::describe);
    }

    @Test
    void changeAfterSigningIsReported() throws IOException {
        byte[] modified = appendTextToFirstPage(sealed(), "Approved without the office's consent");

        PdfVerificationReport report = new PdfSealVerifier().verify(modified);

        SignatureReport s = report.signature(1);
        assertEquals(Outcome.FAILED, s.outcome(SignatureReport.NO_CHANGE_AFTER_SIGNING), report::describe);
        assertEquals(ChangesAfterSigning.OTHER_CHANGES, s.changesAfter());
        assertTrue(s.changes().stream().anyMatch(c -> c.contains("/Page")), report::describe);
        // the signature itself is intact: the change is what is reported
        assertEquals(Outcome.PASSED, s.outcome(SignatureReport.MESSAGE_DIGEST));
    }

    @Test
    void changeBetweenTwoSealsIsReportedOnTheFirstOnly() throws IOException {
        byte[] modified = appendTextToFirstPage(sealed(), "Inserted paragraph");
        byte[] resealed = sealer.seal(modified, seals.financeBureau.at(2, 20, 230).build(), seals.financeBureau.key());

        PdfVerificationReport report = new PdfSealVerifier().verify(resealed);

        assertEquals(ChangesAfterSigning.OTHER_CHANGES, report.signature(1).changesAfter(), report::describe);
        assertEquals(Outcome.FAILED, report.signature(1).outcome(SignatureReport.NO_CHANGE_AFTER_SIGNING));
        assertEquals(ChangesAfterSigning.NONE, report.signature(2).changesAfter());
        assertEquals(Outcome.PASSED, report.signature(2).outcome(SignatureReport.SIGNATURE_VALUE));
    }

    private static byte[] appendTextToFirstPage(byte[] input, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(input)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
                cs.newLineAtOffset(72, 100);
                cs.showText(text);
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @Test
    void signerKeyThatDoesNotMatchTheCertificateIsRefused() {
        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.seal(pdf, cityOffice, seals.financeBureau.key()));
        assertEquals(Reason.CERTIFICATE_KEY_MISMATCH, e.reason());
    }

    @Test
    void signerWithAnotherSm2UserIdIsRefused() {
        var otherId = new cn.xietong.signing.crypto.LocalSm2Signer(seals.cityOffice.party.keys().privateKey(),
                "alice@example".getBytes(StandardCharsets.US_ASCII), new java.security.SecureRandom());

        PdfSealingException e = assertThrows(PdfSealingException.class, () -> sealer.seal(pdf, cityOffice, otherId));
        assertEquals(Reason.INVALID_PARAMETERS, e.reason());
    }

    @Test
    void invalidSealPictureIsRefused() {
        assertEquals(Reason.INVALID_SEAL_PICTURE,
                assertThrows(PdfSealingException.class, () -> SealStamp.fromPng(pdf, 42, 42)).reason());
        assertEquals(Reason.INVALID_SEAL_PICTURE,
                assertThrows(PdfSealingException.class, () -> SealStamp.fromPng(TestStamps.redSealPng(), 0, 42)).reason());
        byte[] brokenPng = Arrays.copyOf(TestStamps.redSealPng(), 40);
        assertEquals(Reason.INVALID_SEAL_PICTURE,
                assertThrows(PdfSealingException.class, () -> SealStamp.fromPng(brokenPng, 42, 42)).reason());
    }

    @Test
    void unsignedPdfVerifiesAsFailedWithNoSignatures() {
        PdfVerificationReport report = new PdfSealVerifier().verify(pdf);
        assertEquals(0, report.signatures().size());
        assertEquals(Outcome.FAILED, report.status());
    }

    @Test
    void randomlyDamagedPdfsNeverCrashOrHang() {
        byte[] sealed = sealed();
        Random random = new Random(38540);
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        Level level = pdfbox.getLevel();
        pdfbox.setLevel(Level.OFF); // PDFBox logs every repair it attempts
        try {
            fuzz(sealed, random);
        } finally {
            pdfbox.setLevel(level);
        }
    }

    private void fuzz(byte[] sealed, Random random) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 40; round++) {
                byte[] damaged = sealed.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                try {
                    new PdfSealVerifier().verify(damaged);
                } catch (PdfSealingException expected) {
                    // a typed refusal is fine
                }
                try {
                    sealer.seal(damaged, seals.financeBureau.at(1, 20, 20).build(), seals.financeBureau.key());
                } catch (PdfSealingException expected) {
                    // a typed refusal is fine
                }
            }
        });
    }

    /** [first hex digit, index of the closing '>'] of the last signature's /Contents. */
    private static int[] contentsGap(byte[] pdf) {
        int br = lastIndexOf(pdf, "/ByteRange [");
        String[] n = new String(pdf, br + 12, 60, StandardCharsets.US_ASCII).split("[ \\]]+");
        int len1 = Integer.parseInt(n[1]);
        int start2 = Integer.parseInt(n[2]);
        return new int[] {len1 + 1, start2 - 1};
    }

    private static int indexOf(byte[] data, String s) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(s);
    }

    private static int lastIndexOf(byte[] data, String s) {
        return new String(data, StandardCharsets.ISO_8859_1).lastIndexOf(s);
    }
}
