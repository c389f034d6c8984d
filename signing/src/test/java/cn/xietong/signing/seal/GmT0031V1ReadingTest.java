package cn.xietong.signing.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.testing.Ofdrw;
import cn.xietong.signing.testing.TestPki;

/**
 * GM/T 0031-2014 (v1) seals are read and verified. No v1 sample from another product is at hand, so the v1
 * structures here are built by the test from the standard's field layout (see SesSeal/SesSignature Javadoc).
 */
class GmT0031V1ReadingTest {

    private static final byte[] DOCUMENT = "v1 document".getBytes(StandardCharsets.UTF_8);

    private final TestPki pki = new TestPki();

    private byte[] v1Seal(boolean signInfoAlone) throws IOException {
        byte[] header = Der.sequenceOf(new DERIA5String("ES").getEncoded(), new ASN1Integer(1).getEncoded(),
                new DERIA5String("TESTV1").getEncoded());
        byte[] property = Der.sequenceOf(new ASN1Integer(1).getEncoded(), new DERUTF8String("测试单位公章").getEncoded(),
                Der.sequenceOf(new DEROctetString(pki.unit.certificate().der()).getEncoded()),
                new DERUTCTime("260101000000Z").getEncoded(), new DERUTCTime("260101000000Z").getEncoded(),
                new DERUTCTime("270101000000Z").getEncoded());
        byte[] picture = Der.sequenceOf(new DERIA5String("PNG").getEncoded(),
                new DEROctetString(SealFixtures.tinyPng()).getEncoded(), new ASN1Integer(40).getEncoded(),
                new ASN1Integer(40).getEncoded());
        byte[] info = Der.sequenceOf(header, new DERIA5String("v1-0001").getEncoded(), property, picture);
        byte[] cert = new DEROctetString(pki.sealMaker.certificate().der()).getEncoded();
        byte[] alg = Sm2.SM3_WITH_SM2_OID.getEncoded();
        byte[] signed = signInfoAlone ? info : Der.sequenceOf(info, cert, alg);
        byte[] sig = pki.sealMaker.keys().signer().sign(signed).toDer();
        return Der.sequenceOf(info, Der.sequenceOf(cert, alg, new DERBitString(sig).getEncoded()));
    }

    private byte[] v1Signature(byte[] seal) throws IOException {
        byte[] tbs = Der.sequenceOf(new ASN1Integer(1).getEncoded(), seal,
                new DERBitString("20260131000000Z".getBytes(StandardCharsets.US_ASCII)).getEncoded(),
                new DERBitString(Sm3Digest.of(DOCUMENT).bytes()).getEncoded(),
                new DERIA5String("/Doc_0/Signs/Sign_0/Signature.xml").getEncoded(),
                new DEROctetString(pki.unit.certificate().der()).getEncoded(), Sm2.SM3_WITH_SM2_OID.getEncoded());
        byte[] sig = pki.unit.keys().signer().sign(tbs).toDer();
        return Der.sequenceOf(tbs, new DERBitString(sig).getEncoded());
    }

    @Test
    void v1SealSignatureIsReadAndVerified() throws IOException {
        byte[] der = v1Signature(v1Seal(false));
        SesSignature s = SesSignature.fromDer(der);
        assertEquals(SesVersion.V1, s.version());
        assertEquals(SesVersion.V1, s.seal().version());
        assertEquals(1, s.seal().headerVersion());
        assertEquals("测试单位公章", s.seal().name());
        assertEquals(TestPki.NOW, s.timeInfo());
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(der, DOCUMENT);
        assertTrue(r.isValid(), r::toString);
    }

    @Test
    void ofdrwReadsTheV1LayoutTheSameWay() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ofdrw.available(), "ofdrw-gm jar not available: skipped");
        byte[] der = v1Signature(v1Seal(false));
        Object theirs = Ofdrw.parse("v1.SES_Signature", der);
        assertEquals(1, Ofdrw.integer(theirs, "getToSign", "getVersion"));
        assertEquals("测试单位公章", Ofdrw.string(theirs, "getToSign", "getEseal", "getEsealInfo", "getProperty", "getName"));
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", Ofdrw.string(theirs, "getToSign", "getPropertyInfo"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(pki.sealMaker.certificate().der(),
                Ofdrw.octets(theirs, "getToSign", "getEseal", "getSignInfo", "getCert"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(der, Ofdrw.der(theirs));
    }

    @Test
    void v1SealSignedOverSealInfoAloneIsAcceptedAndSaidSo() throws IOException {
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(v1Signature(v1Seal(true)), DOCUMENT);
        assertEquals(Outcome.PASSED, r.outcome(SealVerificationReport.SEAL_MAKER_SIGNATURE), r::toString);
        assertTrue(r.check(SealVerificationReport.SEAL_MAKER_SIGNATURE).get().detail().contains("alone"));
    }

    @Test
    void changedV1DocumentFailsTheDataHashCheck() throws IOException {
        SealVerificationReport r = new SealVerifier(pki.validatorWithCrl()).verify(v1Signature(v1Seal(false)),
                "v1 documenT".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(SealVerificationReport.DATA_HASH), r.failedChecks(), r::toString);
    }

    @Test
    void v1SealsAreNotAppliedToNewDocuments() throws IOException {
        SesSeal v1 = SesSeal.fromDer(v1Seal(false));
        SigningException e = assertThrows(SigningException.class, () -> new DocumentSealer()
                .prepare(v1, pki.unit.certificate(), DOCUMENT, "doc", TestPki.NOW));
        assertEquals(Code.UNSUPPORTED, e.code());
    }
}
