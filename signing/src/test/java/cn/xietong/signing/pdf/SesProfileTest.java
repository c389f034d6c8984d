package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SealRuleException;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.seal.SealVerificationReport;
import cn.xietong.signing.seal.SesSeal;
import cn.xietong.signing.seal.SesSignature;
import cn.xietong.signing.testing.TestPki;

/** Profile SES_GBT38540: a GB/T 38540 SES_Signature in /Contents, as Chinese seal products store it. */
class SesProfileTest {

    private final Seals seals = new Seals();
    private final PdfSealer sealer = new PdfSealer();
    private final byte[] pdf = TestPdfs.textPages(10);
    private final SesSeal officeSeal = seals.sealOf(seals.cityOffice);

    private SealParameters.Builder officeSealAt(int page, double x, double y) {
        return seals.cityOffice.at(page, x, y).seal(officeSeal);
    }

    @Test
    void sesSealedPdfVerifiesWithSealNameAndId() {
        byte[] sealed = sealer.seal(pdf, officeSealAt(1, 140, 230).build(), seals.cityOffice.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(sealed);

        assertEquals(Outcome.PASSED, report.status(), report::describe);
        SignatureReport s = report.signature(1);
        assertEquals(SealProfile.SES_GBT38540, s.profile());
        assertEquals("GBT38540.SES.detached", s.subFilter());
        assertEquals(officeSeal.name(), s.sealName());
        assertEquals(officeSeal.esId(), s.sealId());
        assertEquals(TestPki.CITY_OFFICE, s.signerName());
        assertEquals(Seals.SIGNING_TIME, s.signingTime());
        for (String name : new String[] {SignatureReport.SIGNATURE_FORMAT, SignatureReport.MESSAGE_DIGEST,
                SignatureReport.SIGNATURE_VALUE, SealVerificationReport.SEAL_MAKER_SIGNATURE,
                SealVerificationReport.SEAL_VALIDITY, SealVerificationReport.SIGNER_ALLOWED,
                SignatureReport.CERTIFICATE_CHAIN}) {
            assertEquals(Outcome.PASSED, s.outcome(name), name + "\n" + report.describe());
        }
    }

    @Test
    void contentsIsAnSesSignatureOverTheByteRanges() throws Exception {
        byte[] sealed = sealer.seal(pdf, officeSealAt(1, 140, 230).build(), seals.cityOffice.key());

        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertEquals("Adobe.PPKLite", signature.getFilter());
            SesSignature ses = SesSignature.fromDer(SesSignatures.withoutPadding(signature.getContents()));
            assertArrayEquals(Sm3Digest.of(signature.getSignedContent(sealed)).bytes(), ses.dataHash());
            assertEquals("PDF:Seal1", ses.propertyInfo());
            assertEquals(4, ses.tbsVersion());
        }
    }

    @Test
    void cmsAndSesSealsOnOneJointDocumentBothVerify() {
        SesSeal bureauSeal = seals.sealOf(seals.financeBureau);
        byte[] first = sealer.seal(pdf, officeSealAt(10, 20, 230).build(), seals.cityOffice.key());
        byte[] second = sealer.seal(first, seals.financeBureau.at(10, 80, 230).build(), seals.financeBureau.key());
        byte[] third = sealer.seal(second, seals.financeBureau.at(10, 140, 230).seal(bureauSeal).build(), seals.financeBureau.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(third);

        assertEquals(Outcome.PASSED, report.status(), report::describe);
        assertEquals(SealProfile.SES_GBT38540, report.signature(1).profile());
        assertEquals(SealProfile.CMS_SM2, report.signature(2).profile());
        assertEquals(SealProfile.SES_GBT38540, report.signature(3).profile());
        assertEquals(SignatureReport.ChangesAfterSigning.ONLY_FURTHER_SIGNATURES, report.signature(1).changesAfter());
    }

    @Test
    void externalSignatureCompletesAnSesSealedPdf() {
        SealParameters parameters = officeSealAt(1, 140, 230).build();

        DataToSign dataToSign = sealer.getDataToSign(pdf, parameters);
        byte[] sealed = sealer.signDocument(pdf, parameters, seals.cityOffice.key().sign(dataToSign.bytes()));

        assertEquals(SealProfile.SES_GBT38540, dataToSign.profile());
        assertEquals(Outcome.PASSED, seals.trustingVerifier().verify(sealed).status());
    }

    @Test
    void sealCanOnlyBeUsedByTheSignersItLists() {
        SealParameters bureauUsingOfficeSeal = seals.financeBureau.at(1, 140, 230).seal(officeSeal).build();

        SealRuleException e = assertThrows(SealRuleException.class,
                () -> sealer.seal(pdf, bureauUsingOfficeSeal, seals.financeBureau.key()));
        assertEquals(SigningException.Code.SIGNER_NOT_ALLOWED_BY_SEAL, e.code());
    }

    @Test
    void expiredSealIsRefused() {
        SesSeal shortLived = seals.sealOf(seals.cityOffice, "440300000009999", TestPki.T0, TestPki.T0.plus(Duration.ofDays(1)));

        SealRuleException e = assertThrows(SealRuleException.class,
                () -> sealer.seal(pdf, seals.cityOffice.at(1, 140, 230).seal(shortLived).build(), seals.cityOffice.key()));
        assertEquals(SigningException.Code.SEAL_NOT_VALID_AT_TIME, e.code());
    }

    @Test
    void tamperedSesSignatureIsReported() {
        byte[] sealed = sealer.seal(pdf, officeSealAt(1, 140, 230).build(), seals.cityOffice.key());
        String text = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int gapEnd = text.indexOf('>', text.lastIndexOf("/Contents <"));
        int last = gapEnd - 1;
        while (sealed[last] == '0') {
            last--;
        }
        sealed[last] = (byte) (sealed[last] == '1' ? '2' : '1');

        SignatureReport s = seals.trustingVerifier().verify(sealed).signature(1);

        assertEquals(Outcome.FAILED, s.status(), s::describe);
        assertTrue(s.outcome(SignatureReport.SIGNATURE_VALUE) == Outcome.FAILED
                || s.outcome(SignatureReport.SIGNATURE_FORMAT) == Outcome.FAILED, s::describe);
    }
}
