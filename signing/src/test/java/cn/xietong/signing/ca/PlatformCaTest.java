package cn.xietong.signing.ca;

import static cn.xietong.signing.testing.TestPki.NOW;
import static cn.xietong.signing.testing.TestPki.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.CertificateRejectedException;
import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.testing.TestPki;

class PlatformCaTest {

    private final TestPki pki = new TestPki();

    @Test
    void everyProfileChainsToThePlatformRootWithCrlChecked() {
        CertificateValidator v = pki.validatorWithCrl();
        for (var p : List.of(
                new Object[] {pki.unit, CertificateProfile.UNIT},
                new Object[] {pki.person, CertificateProfile.PERSON},
                new Object[] {pki.sealMaker, CertificateProfile.SEAL_MAKER},
                new Object[] {pki.exchange, CertificateProfile.EXCHANGE_SERVICE})) {
            TestPki.Party party = (TestPki.Party) p[0];
            CertificateValidationResult r = v.validate(party.certificate(), NOW, (CertificateProfile) p[1]);
            assertTrue(r.isValid(), r::toString);
            assertEquals(3, r.path().size());
            assertEquals(Outcome.PASSED, r.checks("certificate-revocation").get(0).outcome(), r::toString);
            assertEquals(Outcome.PASSED, r.checks("certificate-profile").get(0).outcome(), r::toString);
        }
    }

    @Test
    void certificatesUseSm2KeysAndSm3WithSm2Signatures() {
        Sm2Certificate c = pki.unit.certificate();
        assertEquals("1.2.156.10197.1.501", c.signatureAlgorithm().getAlgorithm().getId());
        var spki = c.holder().getSubjectPublicKeyInfo();
        assertEquals(X9ObjectIdentifiers.id_ecPublicKey, spki.getAlgorithm().getAlgorithm());
        assertEquals("1.2.156.10197.1.301", spki.getAlgorithm().getParameters().toString());
        assertEquals(Sm2.CURVE_OID, spki.getAlgorithm().getParameters());
        assertEquals(2, c.holder().getVersionNumber() - 1);
        assertTrue(c.isSignedBy(pki.issuing.certificate().publicKey()));
    }

    @Test
    void profilesSetTheirKeyUsagesAndConstraints() {
        Sm2Certificate root = pki.root.certificate();
        assertTrue(root.isCa());
        assertEquals(1, root.pathLength().intValue());
        assertTrue(root.hasKeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        assertTrue(root.isSelfIssued());
        Sm2Certificate issuing = pki.issuing.certificate();
        assertTrue(issuing.isCa());
        assertEquals(0, issuing.pathLength().intValue());

        Sm2Certificate unit = pki.unit.certificate();
        assertFalse(unit.isCa());
        assertTrue(unit.hasKeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        assertFalse(unit.hasKeyUsage(KeyUsage.keyCertSign));
        assertEquals(List.of(CertificateProfile.Oids.DOCUMENT_SIGNING), unit.extendedKeyUsages());
        assertEquals(CertificateProfile.UNIT, CertificateProfile.of(unit).orElseThrow());
        assertEquals(List.of(CertificateProfile.Oids.SEAL_MAKING), pki.sealMaker.certificate().extendedKeyUsages());
        assertTrue(pki.exchange.certificate().extendedKeyUsages().contains(KeyPurposeId.id_kp_serverAuth.toOID()));
        assertEquals(CertificateProfile.SEAL_MAKER, CertificateProfile.of(pki.sealMaker.certificate()).orElseThrow());
    }

    @Test
    void subjectCarriesUnitNameAndCreditCode() {
        Sm2Certificate c = pki.person.certificate();
        assertEquals("张伟", c.subjectCommonName());
        assertEquals(TestPki.CITY_OFFICE_USCC.value(), c.subjectOrganizationIdentifier().orElseThrow());
        assertTrue(c.subject().toString().contains("O=" + TestPki.CITY_OFFICE), c.subject().toString());
        assertTrue(c.subject().toString().contains("OU=秘书处"));
    }

    @Test
    void unitCertificateWithoutCreditCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> pki.issuing.issue(CertificateProfile.UNIT,
                new CertificateSubject("某单位", "某单位", null, null), Sm2KeyPair.generate().publicKey(), T0));
    }

    @Test
    void creditCodeWithWrongCheckCharacterIsRefused() {
        String good = TestPki.CITY_OFFICE_USCC.value();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Uscc(good.substring(0, 17) + wrong));
        assertTrue(e.getMessage().contains("check character"));
        assertThrows(IllegalArgumentException.class, () -> new Uscc("9144030071526726XI"));
    }

    @Test
    void expiredCertificateFailsTheValidityCheck() {
        CertificateValidationResult r = pki.validatorWithCrl().validate(pki.person.certificate(),
                T0.plus(3 * 365, ChronoUnit.DAYS));
        assertEquals(Outcome.FAILED, r.status());
        assertEquals("certificate-validity", r.firstProblem().orElseThrow().name());
        assertTrue(r.firstProblem().get().detail().contains("expired"), r::toString);
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, r::requireValid);
        assertEquals(Code.CERTIFICATE_EXPIRED, e.code());
    }

    @Test
    void notYetValidCertificateFailsTheValidityCheck() {
        CertificateValidationResult r = pki.validatorWithCrl().validate(pki.person.certificate(),
                T0.minus(1, ChronoUnit.HOURS));
        assertTrue(r.firstProblem().orElseThrow().detail().contains("not valid before"), r::toString);
    }

    @Test
    void revokedCertificateFailsTheRevocationCheckFromItsRevocationOn() {
        pki.issuing.revoke(pki.person.certificate(), NOW.minus(1, ChronoUnit.DAYS), CRLReason.keyCompromise);
        CertificateValidator v = pki.validatorWithCrl();
        CertificateValidationResult r = v.validate(pki.person.certificate(), NOW);
        assertEquals(Outcome.FAILED, r.status());
        assertEquals("certificate-revocation", r.firstProblem().orElseThrow().name());
        assertTrue(r.firstProblem().get().detail().contains("keyCompromise"), r::toString);
        assertEquals(Code.CERTIFICATE_REVOKED,
                assertThrows(CertificateRejectedException.class, r::requireValid).code());
        // before the revocation the certificate was good
        assertTrue(v.validate(pki.person.certificate(), NOW.minus(2, ChronoUnit.DAYS)).isValid());
        // others are unaffected
        assertTrue(v.validate(pki.unit.certificate(), NOW).isValid());
    }

    @Test
    void crlIsAnSm3WithSm2SignedV2CrlWithNumber() {
        pki.issuing.revoke(pki.unit.certificate(), NOW, CRLReason.superseded);
        Sm2Crl crl = pki.issuing.publishCrl(NOW, NOW.plus(7, ChronoUnit.DAYS));
        Sm2Crl again = Sm2Crl.fromDer(crl.der());
        assertTrue(again.isSignedBy(pki.issuing.certificate().publicKey()));
        assertFalse(again.isSignedBy(pki.root.certificate().publicKey()));
        assertEquals(1, again.crlNumber().orElseThrow().intValue());
        assertEquals("superseded", again.revocationOf(pki.unit.certificate().serialNumber()).orElseThrow().reason());
        assertEquals(2, pki.issuing.publishCrl(NOW, NOW.plus(7, ChronoUnit.DAYS)).crlNumber().orElseThrow().intValue());
    }

    @Test
    void certificateOfAnUnknownCaIsReportedUntrustedNotBroken() {
        TestPki other = new TestPki();
        CertificateValidationResult r = pki.validatorWithCrl().validate(other.unit.certificate(), NOW);
        assertEquals(Outcome.INDETERMINATE, r.status(), r::toString);
        assertTrue(r.firstProblem().orElseThrow().detail().contains("untrusted/unknown issuer"));
        assertEquals(Code.CERTIFICATE_UNTRUSTED,
                assertThrows(CertificateRejectedException.class, r::requireValid).code());
    }

    @Test
    void certificateWithAlteredSignatureFailsTheSignatureCheck() {
        byte[] der = pki.unit.certificate().der();
        der[der.length - 10] ^= 0x01; // inside s of the signature value
        Sm2Certificate forged = Sm2Certificate.fromDer(der);
        CertificateValidationResult r = pki.validatorWithCrl().validate(forged, NOW);
        assertEquals(Outcome.FAILED, r.status());
        assertEquals("certificate-signature", r.firstProblem().orElseThrow().name(), r::toString);
        assertEquals(Code.CERTIFICATE_INVALID,
                assertThrows(CertificateRejectedException.class, r::requireValid).code());
    }

    @Test
    void unitCertificateIsNotASealMakerCertificate() {
        CertificateValidationResult r = pki.validatorWithCrl().validate(pki.unit.certificate(), NOW,
                CertificateProfile.SEAL_MAKER);
        assertEquals("certificate-profile", r.firstProblem().orElseThrow().name());
    }

    @Test
    void endEntityCannotIssueCertificates() {
        var fake = PlatformCa.restore(List.of(pki.unit.certificate()), pki.unit.keys().signer(), List.of(), 0);
        Sm2KeyPair k = Sm2KeyPair.generate();
        Sm2Certificate c = fake.issue(CertificateProfile.PERSON,
                new CertificateSubject("冒充者", "某单位", null, null), k.publicKey(), T0, T0.plus(100, ChronoUnit.DAYS));
        CertificateValidationResult r = pki.validatorWithCrl().withIntermediates(List.of(pki.unit.certificate()))
                .validate(c, NOW);
        assertEquals("issuer-constraints", r.firstProblem().orElseThrow().name(), r::toString);
    }

    @Test
    void bouncyCastleVerifiesPlatformCertificatesAndCrlsThroughTheSm2VerifierProvider() throws Exception {
        var issuingKey = cn.xietong.signing.crypto.Sm2ContentVerifierProvider.of(pki.issuing.certificate().holder());
        assertTrue(pki.unit.certificate().holder().isSignatureValid(issuingKey));
        assertFalse(pki.issuing.certificate().holder().isSignatureValid(issuingKey));
        assertTrue(pki.issuing.publishCrl(NOW, NOW.plusSeconds(60)).holder().isSignatureValid(issuingKey));
    }

    @Test
    void certificateWithANonSm2KeyIsRejectedAsAWrongKey() throws Exception {
        var gen = new org.bouncycastle.crypto.generators.ECKeyPairGenerator();
        var p256 = org.bouncycastle.asn1.x9.ECNamedCurveTable.getByName("P-256");
        gen.init(new org.bouncycastle.crypto.params.ECKeyGenerationParameters(
                new org.bouncycastle.crypto.params.ECNamedDomainParameters(
                        org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1, p256),
                new java.security.SecureRandom()));
        var spki = org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(
                gen.generateKeyPair().getPublic());
        var b = new org.bouncycastle.cert.X509v3CertificateBuilder(pki.issuing.certificate().subject(),
                java.math.BigInteger.TEN, java.util.Date.from(T0), java.util.Date.from(NOW.plusSeconds(86400)),
                new CertificateSubject("ECDSA", "某单位", null, null).toX500Name(), spki);
        Sm2Certificate c = Sm2Certificate.fromDer(b.build(new cn.xietong.signing.crypto.Sm2ContentSigner(
                pki.unit.keys().signer())).getEncoded());
        assertEquals(Code.INVALID_KEY, assertThrows(cn.xietong.signing.MalformedInputException.class, c::publicKey).code());
    }

    @Test
    void malformedCertificateIsRejectedAsMalformed() {
        byte[] der = pki.unit.certificate().der();
        assertEquals(Code.TRUNCATED_ENCODING, assertThrows(cn.xietong.signing.MalformedInputException.class,
                () -> Sm2Certificate.fromDer(java.util.Arrays.copyOf(der, der.length - 1))).code());
        assertEquals(Code.MALFORMED_ENCODING, assertThrows(cn.xietong.signing.MalformedInputException.class,
                () -> Sm2Certificate.fromDer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})).code());
    }
}
