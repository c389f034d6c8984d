package cn.xietong.signing.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.xietong.signing.crypto.Sm3Digest;

import cn.xietong.signing.Check.Outcome;
import cn.xietong.signing.testing.OfdSeals;

class InteropSealsTest {

    private final SealVerifier verifier = new SealVerifier();

    private static OfdSeals.Entry only(String ofd) {
        var list = OfdSeals.resource("/interop/" + ofd).signatures();
        assertEquals(1, list.size());
        return list.get(0);
    }

    private SealVerificationReport verify(OfdSeals.Entry e, byte[] signedValue, byte[] signatureXml) {
        return verifier.verify(signedValue, signatureXml);
    }

    @Test
    void commercialProductSealVerifiesCryptographically() {
        OfdSeals.Entry e = only("999.ofd");
        SealVerificationReport r = verify(e, e.signedValue(), e.signatureXml());
        assertEquals(Outcome.PASSED, r.cryptographicStatus(), r::toString);
        assertEquals("GOMAIN", r.seal().vendorId());
        assertEquals(SesVersion.V4, r.signature().version());
        assertEquals(Outcome.PASSED, r.outcome(SealVerificationReport.SEAL_MAKER_SIGNATURE));
        assertEquals(Outcome.PASSED, r.outcome(SealVerificationReport.SIGNER_SIGNATURE));
        assertEquals(Outcome.PASSED, r.outcome(SealVerificationReport.DATA_HASH));
        assertEquals(Outcome.PASSED, r.outcome(SealVerificationReport.SIGNER_ALLOWED));
        assertEquals(Outcome.INDETERMINATE, r.outcome(SealVerificationReport.SIGNER_CERTIFICATE));
        assertTrue(r.check(SealVerificationReport.SIGNER_CERTIFICATE).get().detail().contains("untrusted/unknown issuer"));
    }

    @Test
    void ofdrwSealVerifiesCryptographically() {
        OfdSeals.Entry e = only("SESV4SignDoc.ofd");
        SealVerificationReport r = verify(e, e.signedValue(), e.signatureXml());
        assertEquals(Outcome.PASSED, r.cryptographicStatus(), r::toString);
        assertEquals("OFDR&WTest", r.seal().vendorId());
        // ofdrw's fixture was signed with a test certificate and seal long expired: reported, not hidden
        assertEquals(Outcome.FAILED, r.outcome(SealVerificationReport.SEAL_VALIDITY));
        assertTrue(r.check(SealVerificationReport.SIGNER_CERTIFICATE).get().detail().contains("expired"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void oneByteChangeInSignatureXmlFailsDataHashCheck(String ofd) {
        OfdSeals.Entry e = only(ofd);
        byte[] xml = e.signatureXml();
        int at = new String(xml, StandardCharsets.ISO_8859_1).indexOf("<ofd:CheckValue>") + 20;
        xml[at] ^= 0x01;
        SealVerificationReport r = verify(e, e.signedValue(), xml);
        assertEquals(List.of(SealVerificationReport.DATA_HASH), crypto(r.failedChecks()), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void oneByteChangeInTheSignatureValueFailsSignerSignatureCheck(String ofd) {
        OfdSeals.Entry e = only(ofd);
        byte[] sv = e.signedValue();
        sv[sv.length - 1] ^= 0x01; // last byte of s in SEQUENCE{r,s}
        SealVerificationReport r = verify(e, sv, e.signatureXml());
        assertEquals(List.of(SealVerificationReport.SIGNER_SIGNATURE), crypto(r.failedChecks()), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void oneByteChangeInTheSealPictureFailsSealMakerAndSignerSignatureChecks(String ofd) {
        OfdSeals.Entry e = only(ofd);
        byte[] sv = e.signedValue();
        SesSignature parsed = SesSignature.fromDer(sv);
        byte[] picture = parsed.seal().picture().data();
        int at = SealLifecycleTest.indexOf(sv, java.util.Arrays.copyOf(picture, 64)) + picture.length / 2;
        sv[at] ^= 0x01;
        SealVerificationReport r = verify(e, sv, e.signatureXml());
        assertEquals(List.of(SealVerificationReport.SEAL_MAKER_SIGNATURE, SealVerificationReport.SIGNER_SIGNATURE),
                crypto(r.failedChecks()), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void oneByteChangeInTheDataHashFailsSignerSignatureAndDataHashChecks(String ofd) {
        OfdSeals.Entry e = only(ofd);
        byte[] sv = e.signedValue();
        byte[] hash = SesSignature.fromDer(sv).dataHash();
        sv[SealLifecycleTest.indexOf(sv, hash) + 5] ^= 0x01;
        SealVerificationReport r = verify(e, sv, e.signatureXml());
        assertEquals(List.of(SealVerificationReport.SIGNER_SIGNATURE, SealVerificationReport.DATA_HASH),
                crypto(r.failedChecks()), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void oneByteChangeInAnEncodingLengthFailsTheStructureCheck(String ofd) {
        OfdSeals.Entry e = only(ofd);
        byte[] sv = e.signedValue();
        sv[3] ^= 0x01; // the outer SEQUENCE's length
        SealVerificationReport r = verify(e, sv, e.signatureXml());
        assertEquals(List.of(SealVerificationReport.STRUCTURE), r.failedChecks(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.ofd", "SESV4SignDoc.ofd"})
    void verificationUsesTheBytesAsReceived(String ofd) {
        OfdSeals.Entry e = only(ofd);
        SesSignature s = SesSignature.fromDer(e.signedValue());
        assertEquals(Sm3Digest.of(e.signatureXml()), Sm3Digest.fromBytes(s.dataHash()));
        assertTrue(SealLifecycleTest.indexOf(e.signedValue(), s.tbsEncoded()) == 4);
        assertTrue(SealLifecycleTest.indexOf(e.signedValue(), s.seal().sealInfoEncoded()) > 0);
        assertEquals(e.signatureXmlPath(), s.propertyInfo());
    }

    /** The failed checks that are about the bytes, not about trust in certificates or dates. */
    private static List<String> crypto(List<String> failed) {
        return failed.stream().filter(n -> !n.endsWith("-certificate") && !n.equals(SealVerificationReport.SEAL_VALIDITY))
                .toList();
    }
}
