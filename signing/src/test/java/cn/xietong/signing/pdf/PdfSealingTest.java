package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.pdf.SignatureReport.ChangesAfterSigning;
import cn.xietong.signing.testing.TestPki;

class PdfSealingTest {

    private final Seals seals = new Seals();
    private final PdfSealer sealer = new PdfSealer();
    private final byte[] tenPages = TestPdfs.textPages(10);

    @Test
    void sealedPdfVerifiesAgainstThePlatformRoot() {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(1, 140, 230).build(), seals.cityOffice.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(sealed);

        assertEquals(Outcome.PASSED, report.status(), report::describe);
        SignatureReport s = report.signature(1);
        assertEquals(SealProfile.CMS_SM2, s.profile());
        assertEquals("adbe.pkcs7.detached", s.subFilter());
        assertEquals(TestPki.CITY_OFFICE, s.signerName());
        assertEquals(TestPki.CITY_OFFICE, s.unit());
        assertEquals(Seals.SIGNING_TIME, s.signingTime());
        assertTrue(s.coversWholeDocument());
        assertEquals(ChangesAfterSigning.NONE, s.changesAfter());
        assertNull(s.sealName());
        for (String name : new String[] {SignatureReport.BYTE_RANGE, SignatureReport.NO_CHANGE_AFTER_SIGNING,
                SignatureReport.SIGNATURE_FORMAT, SignatureReport.MESSAGE_DIGEST, SignatureReport.SIGNATURE_VALUE,
                SignatureReport.CERTIFICATE_CHAIN, "certificate-revocation"}) {
            assertEquals(Outcome.PASSED, s.outcome(name), name + "\n" + report.describe());
        }
    }

    @Test
    void cmsCarriesSm3DigestSm2SignatureThreeSignedAttributesAndTheChain() throws Exception {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(1, 140, 230).build(), seals.cityOffice.key());

        try (var doc = org.apache.pdfbox.Loader.loadPDF(sealed)) {
            var signature = doc.getLastSignatureDictionary();
            assertEquals("Adobe.PPKLite", signature.getFilter());
            assertEquals("adbe.pkcs7.detached", signature.getSubFilter());
            var cms = new org.bouncycastle.cms.CMSSignedData(signature.getContents());
            var signer = cms.getSignerInfos().getSigners().iterator().next();
            assertEquals("1.2.156.10197.1.401", signer.getDigestAlgOID());
            assertEquals("1.2.156.10197.1.501", signer.getEncryptionAlgOID());
            var attributes = signer.getSignedAttributes().toASN1EncodableVector();
            assertEquals(3, attributes.size());
            var types = new java.util.HashSet<String>();
            for (int i = 0; i < attributes.size(); i++) {
                types.add(org.bouncycastle.asn1.cms.Attribute.getInstance(attributes.get(i)).getAttrType().getId());
            }
            assertEquals(java.util.Set.of("1.2.840.113549.1.9.3", "1.2.840.113549.1.9.5", "1.2.840.113549.1.9.4"), types);
            assertEquals(3, cms.getCertificates().getMatches(null).size());
            assertTrue(cms.isDetachedSignature());
        }
    }

    @Test
    void sealingAppendsAnIncrementalUpdateAndKeepsTheOriginalBytes() {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(3, 20, 20).build(), seals.cityOffice.key());

        assertArrayEquals(tenPages, Arrays.copyOf(sealed, tenPages.length));
    }

    @Test
    void withoutTrustAnchorsTheSignatureIsIndeterminateNotFailed() {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(1, 140, 230).build(), seals.cityOffice.key());

        PdfVerificationReport report = new PdfSealVerifier().verify(sealed);

        assertEquals(Outcome.INDETERMINATE, report.status(), report::describe);
        assertEquals(Outcome.PASSED, report.signature(1).outcome(SignatureReport.SIGNATURE_VALUE));
        assertEquals(Outcome.INDETERMINATE, report.signature(1).outcome(SignatureReport.CERTIFICATE_CHAIN));
    }

    @Test
    void secondUnitsSealKeepsFirstSealValid() {
        byte[] first = sealer.seal(tenPages, seals.cityOffice.at(10, 30, 230).build(), seals.cityOffice.key());
        byte[] joint = sealer.seal(first, seals.financeBureau.at(10, 120, 230).build(), seals.financeBureau.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(joint);

        assertEquals(Outcome.PASSED, report.status(), report::describe);
        assertEquals(2, report.signatures().size());
        SignatureReport earlier = report.signature(1);
        assertEquals(TestPki.CITY_OFFICE, earlier.unit());
        assertFalse(earlier.coversWholeDocument());
        assertEquals(ChangesAfterSigning.ONLY_FURTHER_SIGNATURES, earlier.changesAfter());
        assertEquals(Outcome.PASSED, earlier.outcome(SignatureReport.MESSAGE_DIGEST));
        SignatureReport later = report.signature(2);
        assertEquals("深圳市财政局", later.unit());
        assertTrue(later.coversWholeDocument());
    }

    @Test
    void threeUnitsSealOneJointDocumentInTurn() {
        Seals.Signer third = seals.signer(cn.xietong.signing.ca.CertificateProfile.UNIT,
                cn.xietong.signing.ca.CertificateSubject.unit("深圳市教育局", cn.xietong.signing.ca.Uscc.withCheckCharacter("11440300MB2C06666")));
        byte[] pdf = tenPages;
        pdf = sealer.seal(pdf, seals.cityOffice.at(10, 10, 230).build(), seals.cityOffice.key());
        pdf = sealer.seal(pdf, seals.financeBureau.at(10, 60, 230).build(), seals.financeBureau.key());
        pdf = sealer.seal(pdf, third.at(10, 110, 230).build(), third.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(pdf);

        assertEquals(Outcome.PASSED, report.status(), report::describe);
        assertEquals(3, report.signatures().size());
        assertEquals(ChangesAfterSigning.ONLY_FURTHER_SIGNATURES, report.signature(1).changesAfter());
        assertEquals(ChangesAfterSigning.ONLY_FURTHER_SIGNATURES, report.signature(2).changesAfter());
        assertEquals(ChangesAfterSigning.NONE, report.signature(3).changesAfter());
    }

    @Test
    void revokedSignerCertificateFailsTheChainCheck() {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(1, 140, 230).build(), seals.cityOffice.key());
        seals.pki.issuing.revoke(seals.cityOffice.party.certificate(), TestPki.T0.plusSeconds(3600), 1);

        PdfVerificationReport report = seals.trustingVerifier().verify(sealed);

        assertEquals(Outcome.FAILED, report.status(), report::describe);
        assertEquals(Outcome.FAILED, report.signature(1).outcome("certificate-revocation"), report::describe);
        assertEquals(Outcome.PASSED, report.signature(1).outcome(SignatureReport.SIGNATURE_VALUE));
    }

    @Test
    void signerFromAnotherPlatformIsNotTrusted() {
        Seals elsewhere = new Seals();
        byte[] sealed = sealer.seal(tenPages, elsewhere.cityOffice.at(1, 140, 230).build(), elsewhere.cityOffice.key());

        PdfVerificationReport report = seals.trustingVerifier().verify(sealed);

        assertTrue(report.status() != Outcome.PASSED, report::describe);
        assertTrue(report.signature(1).outcome(SignatureReport.CERTIFICATE_CHAIN) != Outcome.PASSED, report::describe);
    }

    @Test
    void reportNamesEveryCheckInWords() {
        byte[] sealed = sealer.seal(tenPages, seals.cityOffice.at(1, 140, 230).build(), seals.cityOffice.key());

        String text = seals.trustingVerifier().verify(sealed).describe();

        assertTrue(text.contains("pdf-signature-value"), text);
        assertTrue(text.contains(TestPki.CITY_OFFICE), text);
        assertTrue(text.contains("covers whole document: yes"), text);
    }
}
