package cn.xietong.signing.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
        System.out.println(r);
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
        System.out.println(r);
        assertEquals(Outcome.PASSED, r.cryptographicStatus(), r::toString);
        assertEquals("OFDR&WTest", r.seal().vendorId());
    }
}
