package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2PrivateKey;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Signer;
import cn.xietong.signing.pdf.PdfSealingException.Reason;

/** getDataToSign → signature made elsewhere → signDocument, as a leader's phone or a USB key does it. */
class TwoStepSigningTest {

    private final Seals seals = new Seals();
    private final PdfSealer sealer = new PdfSealer();
    private final byte[] pdf = TestPdfs.textPages(10);

    /** The signer's key as a phone would hold it: a separate key object restored from its PKCS#8 bytes. */
    private Sm2Signer phoneKey() {
        byte[] pkcs8 = seals.cityOffice.party.keys().privateKey().toPkcs8();
        return new LocalSm2Signer(Sm2PrivateKey.fromPkcs8(pkcs8));
    }

    @Test
    void externalSignatureCompletesAValidSealedPdf() {
        SealParameters parameters = seals.cityOffice.at(1, 140, 230).build();

        DataToSign dataToSign = sealer.getDataToSign(pdf, parameters);
        Sm2Signature value = phoneKey().sign(dataToSign.bytes());
        byte[] sealed = sealer.signDocument(pdf, parameters, value);

        PdfVerificationReport report = seals.trustingVerifier().verify(sealed);
        assertEquals(Outcome.PASSED, report.status(), report::describe);
        assertEquals(Seals.SIGNING_TIME, report.signature(1).signingTime());
    }

    @Test
    void preparationIsTheSameInBothSteps() {
        SealParameters parameters = seals.cityOffice.at(2, 20, 40).build();

        DataToSign first = sealer.getDataToSign(pdf, parameters);
        DataToSign again = sealer.getDataToSign(pdf, parameters);

        assertEquals(first, again);
        assertArrayEquals(first.bytes(), again.bytes());
        assertArrayEquals(first.documentDigest(), again.documentDigest());
        assertEquals(parameters.signingTime(), first.signingTime());
    }

    @Test
    void signingTimeIsFixedWhenTheParametersAreBuilt() throws InterruptedException {
        SealParameters defaultTime = SealParameters.builder().page(1).position(140, 230).stamp(Seals.RED_SEAL)
                .signerChain(seals.cityOffice.chain()).build();
        DataToSign dataToSign = sealer.getDataToSign(pdf, defaultTime);
        Thread.sleep(1100);
        byte[] sealed = sealer.signDocument(pdf, defaultTime, phoneKey().sign(dataToSign.bytes()));

        SignatureReport report = new PdfSealVerifier().verify(sealed).signature(1);
        assertEquals(Outcome.PASSED, report.outcome(SignatureReport.SIGNATURE_VALUE), report::describe);
        assertEquals(defaultTime.signingTime(), report.signingTime());
    }

    @Test
    void signatureValueForOtherDataIsRefused() {
        SealParameters parameters = seals.cityOffice.at(1, 140, 230).build();
        DataToSign otherDocument = sealer.getDataToSign(TestPdfs.textPages(3), parameters);

        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.signDocument(pdf, parameters, phoneKey().sign(otherDocument.bytes())));
        assertEquals(Reason.SIGNATURE_VALUE_REJECTED, e.reason());
    }

    @Test
    void signatureValueForOtherParametersIsRefused() {
        SealParameters parameters = seals.cityOffice.at(1, 140, 230).build();
        DataToSign dataToSign = sealer.getDataToSign(pdf, parameters);
        SealParameters later = parameters.toBuilder().signingTime(Instant.parse("2026-02-01T00:00:00Z")).build();

        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.signDocument(pdf, later, phoneKey().sign(dataToSign.bytes())));
        assertEquals(Reason.SIGNATURE_VALUE_REJECTED, e.reason());
    }

    @Test
    void remoteSignerThatSignsSomethingElseIsRefused() {
        Sm2Signer phone = phoneKey();
        Sm2Signer confused = new Sm2Signer() {
            @Override
            public Sm2Signature sign(byte[] dataToSign) {
                return phone.sign("something else".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public cn.xietong.signing.crypto.Sm2PublicKey publicKey() {
                return phone.publicKey();
            }
        };

        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.seal(pdf, seals.cityOffice.at(1, 140, 230).build(), confused));
        assertEquals(Reason.SIGNATURE_VALUE_REJECTED, e.reason());
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        SealParameters parameters = seals.cityOffice.at(1, 140, 230).build();
        DataToSign dataToSign = sealer.getDataToSign(pdf, parameters);

        PdfSealingException e = assertThrows(PdfSealingException.class,
                () -> sealer.signDocument(pdf, parameters, seals.financeBureau.key().sign(dataToSign.bytes())));
        assertEquals(Reason.SIGNATURE_VALUE_REJECTED, e.reason());
    }
}
