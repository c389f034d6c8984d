package cn.xietong.signing.seal;

import static cn.xietong.signing.seal.SealFixtures.SEAL_END;
import static cn.xietong.signing.seal.SealFixtures.SEAL_START;
import static cn.xietong.signing.seal.SealVerificationReport.DATA_HASH;
import static cn.xietong.signing.seal.SealVerificationReport.SEAL_MAKER_SIGNATURE;
import static cn.xietong.signing.seal.SealVerificationReport.SEAL_VALIDITY;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_ALLOWED;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_CERTIFICATE;
import static cn.xietong.signing.seal.SealVerificationReport.SIGNER_SIGNATURE;
import static cn.xietong.signing.testing.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.CertificateRejectedException;
import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SealRuleException;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.testing.TestPki;

class SealLifecycleTest {

    private static final byte[] DOCUMENT = "关于印发《协同办公平台管理办法》的通知".getBytes(StandardCharsets.UTF_8);

    private final TestPki pki = new TestPki();
    private final SesSeal seal = SealFixtures.officialSeal(pki);

    @Test
    void sealMadeHereCarriesTheRequestedFields() {
        SesSeal s = SesSeal.fromDer(seal.encoded());
        assertEquals(SesVersion.V4, s.version());
        assertEquals(4, s.headerVersion());
        assertEquals(SealMaker.DEFAULT_VENDOR_ID, s.vendorId());
        assertEquals("4403000000001", s.esId());
        assertEquals(SealType.LEGAL_NAME, s.type());
        assertEquals(TestPki.CITY_OFFICE + "公文专用章", s.name());
        assertEquals(SesSeal.CERT_LIST_CERTIFICATES, s.certListType());
        assertEquals(2, s.allowedCertificates().size());
        assertArrayEquals(pki.unit.certificate().der(), s.allowedCertificates().get(0));
        assertEquals(SEAL_START, s.validStart());
        assertEquals(SEAL_END, s.validEnd());
        assertEquals("PNG", s.picture().type());
        assertEquals(42, s.picture().widthMm());
        assertEquals(pki.sealMaker.certificate(), s.sealMakerCertificate());
        assertEquals("1.2.156.10197.1.501", s.signatureAlgorithm().getId());
    }

    @Test
    void sealMadeHereVerifiesAgainstThePlatformCa() {
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verifySeal(seal.encoded());
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void documentSealedHereVerifiesFully() {
        SesSignature sig = new DocumentSealer(pki.validatorWithCrl())
                .sign(seal, pki.unit.certificate(), pki.unit.keys().signer(), DOCUMENT, "doc-2026-0012", NOW);
        assertEquals(Sm3Digest.of(DOCUMENT), Sm3Digest.fromBytes(sig.dataHash()));
        assertEquals(NOW, sig.timeInfo());
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(sig.encoded(), DOCUMENT);
        assertTrue(r.isValid(), r::toString);
        assertEquals(9 - 1, r.checks().size(), r::toString); // no timestamp check
        assertEquals("doc-2026-0012", r.signature().propertyInfo());
    }

    @Test
    void keyElsewhereSignsThePreparedBytes() {
        DocumentSealer sealer = new DocumentSealer();
        PreparedSignature p = sealer.prepare(seal, pki.person.certificate(), DOCUMENT, "doc", NOW);
        // ... the bytes travel to the leader's phone, which signs them ...
        var value = pki.person.keys().signer().sign(p.dataToSign());
        SesSignature sig = sealer.complete(p, value);
        assertTrue(new SealVerifier(pki.validatorWithCrl()).verify(sig.encoded(), DOCUMENT).isValid());
    }

    @Test
    void signatureValueFromTheWrongKeyIsRefused() {
        DocumentSealer sealer = new DocumentSealer();
        PreparedSignature p = sealer.prepare(seal, pki.person.certificate(), DOCUMENT, "doc", NOW);
        var wrong = Sm2KeyPair.generate().signer().sign(p.dataToSign());
        assertEquals(Code.SIGNING_FAILED, assertThrows(SigningException.class, () -> sealer.complete(p, wrong)).code());
    }

    @Test
    void signerTheSealDoesNotAllowIsRefused() {
        SealRuleException e = assertThrows(SealRuleException.class, () -> new DocumentSealer()
                .sign(seal, pki.exchange.certificate(), pki.exchange.keys().signer(), DOCUMENT, "doc", NOW));
        assertEquals(Code.SIGNER_NOT_ALLOWED_BY_SEAL, e.code());
        assertTrue(e.getMessage().contains("does not list the certificate"), e.getMessage());
    }

    @Test
    void sealOutsideItsValidityIsRefused() {
        DocumentSealer sealer = new DocumentSealer();
        for (var t : List.of(SEAL_START.minusSeconds(1), SEAL_END.plusSeconds(1))) {
            SealRuleException e = assertThrows(SealRuleException.class,
                    () -> sealer.prepare(seal, pki.unit.certificate(), DOCUMENT, "doc", t));
            assertEquals(Code.SEAL_NOT_VALID_AT_TIME, e.code());
        }
    }

    @Test
    void expiredSignerCertificateIsRefused() {
        // the person certificate lives 2 years; make a seal valid for 3
        SealRequest r = SealFixtures.officialSealRequest(pki);
        SesSeal longSeal = new SealMaker(pki.sealMaker.keys().signer(), pki.sealMaker.certificate(), null)
                .make(new SealRequest(null, r.type(), r.name(), r.allowedSigners(), SEAL_START,
                        SEAL_START.plus(1000, ChronoUnit.DAYS), r.picture()), NOW);
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, () -> new DocumentSealer()
                .prepare(longSeal, pki.person.certificate(), DOCUMENT, "doc", SEAL_START.plus(800, ChronoUnit.DAYS)));
        assertEquals(Code.CERTIFICATE_EXPIRED, e.code());
    }

    @Test
    void revokedSignerCertificateIsRefused() {
        pki.issuing.revoke(pki.unit.certificate(), NOW.minus(1, ChronoUnit.HOURS), CRLReason.keyCompromise);
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> new DocumentSealer(pki.validatorWithCrl()).prepare(seal, pki.unit.certificate(), DOCUMENT, "doc", NOW));
        assertEquals(Code.CERTIFICATE_REVOKED, e.code());
    }

    @Test
    void signerCertificateFromAnotherCaIsRefusedAsUntrusted() {
        TestPki other = new TestPki();
        SealRequest r = SealFixtures.officialSealRequest(pki);
        SesSeal s = new SealMaker(pki.sealMaker.keys().signer(), pki.sealMaker.certificate(), null)
                .make(new SealRequest(null, r.type(), r.name(), List.of(other.unit.certificate()), SEAL_START, SEAL_END,
                        r.picture()), NOW);
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> new DocumentSealer(pki.validatorWithCrl()).prepare(s, other.unit.certificate(), DOCUMENT, "doc", NOW));
        assertEquals(Code.CERTIFICATE_UNTRUSTED, e.code());
    }

    @Test
    void oversizedPictureIsRefused() {
        SealRequest r = SealFixtures.officialSealRequest(pki);
        byte[] big = new byte[SealPicture.MAX_BYTES + 1];
        System.arraycopy(r.picture().data(), 0, big, 0, r.picture().data().length);
        SealRuleException bytes = assertThrows(SealRuleException.class, () -> SealFixtures.sealMaker(pki).make(
                new SealRequest(null, 1, "章", r.allowedSigners(), SEAL_START, SEAL_END, SealPicture.png(big, 42, 42)), NOW));
        assertEquals(Code.PICTURE_TOO_LARGE, bytes.code());
        SealRuleException mm = assertThrows(SealRuleException.class, () -> SealFixtures.sealMaker(pki).make(
                new SealRequest(null, 1, "章", r.allowedSigners(), SEAL_START, SEAL_END,
                        SealPicture.png(r.picture().data(), 120, 42)), NOW));
        assertEquals(Code.PICTURE_TOO_LARGE, mm.code());
    }

    @Test
    void sealMakerNeedsASealMakerCertificate() {
        SealMaker impostor = new SealMaker(pki.unit.keys().signer(), pki.unit.certificate(), pki.validatorWithCrl());
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> impostor.make(SealFixtures.officialSealRequest(pki), NOW));
        assertEquals(Code.CERTIFICATE_INVALID, e.code());
        assertTrue(e.getMessage().contains("certificate-profile"), e.getMessage());
    }

    @Test
    void sealWithItsValidityReversedIsRefused() {
        SealRequest r = SealFixtures.officialSealRequest(pki);
        assertEquals(Code.SEAL_INVALID, assertThrows(SealRuleException.class, () -> SealFixtures.sealMaker(pki).make(
                new SealRequest(null, 1, "章", r.allowedSigners(), SEAL_END, SEAL_START, r.picture()), NOW)).code());
    }

    @Test
    void changedDocumentFailsOnlyTheDataHashCheck() {
        SesSignature sig = new DocumentSealer().sign(seal, pki.unit.certificate(), pki.unit.keys().signer(),
                DOCUMENT, "doc", NOW);
        byte[] changed = DOCUMENT.clone();
        changed[3] ^= 1;
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(sig.encoded(), changed);
        assertEquals(List.of(DATA_HASH), r.failedChecks(), r::toString);
    }

    @Test
    void signatureByACertificateTheSealDoesNotListFailsSignerAllowedCheck() {
        byte[] forged = SealFixtures.forgeSignature(seal, pki.exchange.certificate().der(),
                pki.exchange.keys().signer(), NOW, DOCUMENT);
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(forged, DOCUMENT);
        assertEquals(List.of(SIGNER_ALLOWED), r.failedChecks(), r::toString);
        assertEquals(Outcome.PASSED, r.outcome(SIGNER_SIGNATURE));
    }

    @Test
    void signatureMadeAfterTheSealExpiredFailsTheSealValidityCheck() {
        byte[] forged = SealFixtures.forgeSignature(seal, pki.unit.certificate().der(), pki.unit.keys().signer(),
                SEAL_END.plus(1, ChronoUnit.DAYS), DOCUMENT);
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(forged, DOCUMENT);
        assertEquals(List.of(SEAL_VALIDITY), r.failedChecks(), r::toString);
    }

    @Test
    void signatureByARevokedCertificateFailsTheSignerCertificateCheck() {
        SesSignature sig = new DocumentSealer().sign(seal, pki.unit.certificate(), pki.unit.keys().signer(),
                DOCUMENT, "doc", NOW);
        pki.issuing.revoke(pki.unit.certificate(), NOW.minus(1, ChronoUnit.DAYS), CRLReason.keyCompromise);
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(sig.encoded(), DOCUMENT);
        assertEquals(List.of(SIGNER_CERTIFICATE), r.failedChecks(), r::toString);
        assertTrue(r.check(SIGNER_CERTIFICATE).get().detail().contains("revoked"));
        assertEquals(Outcome.PASSED, r.cryptographicStatus());
    }

    @Test
    void sealWithAlteredNameFailsTheSealMakerSignatureCheck() {
        byte[] der = seal.encoded();
        byte[] name = (TestPki.CITY_OFFICE + "公文专用章").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(der, name);
        der[at + 1] ^= 0x01; // a different character of the same length
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verifySeal(der);
        assertEquals(List.of(SEAL_MAKER_SIGNATURE), r.failedChecks(), r::toString);
        SealRuleException e = assertThrows(SealRuleException.class, () -> new DocumentSealer()
                .prepare(SesSeal.fromDer(der), pki.unit.certificate(), DOCUMENT, "doc", NOW));
        assertEquals(Code.SEAL_INVALID, e.code());
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
