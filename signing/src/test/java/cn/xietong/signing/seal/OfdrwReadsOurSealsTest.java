package cn.xietong.signing.seal;

import static cn.xietong.signing.testing.Ofdrw.der;
import static cn.xietong.signing.testing.Ofdrw.get;
import static cn.xietong.signing.testing.Ofdrw.integer;
import static cn.xietong.signing.testing.Ofdrw.octets;
import static cn.xietong.signing.testing.Ofdrw.string;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.crypto.Sm3Digest;
import cn.xietong.signing.testing.Ofdrw;
import cn.xietong.signing.testing.TestPki;

/**
 * An independent reader (ofdrw's GB/T 38540 ASN.1 classes) reads the seals and signatures made here field by
 * field, and its DER re-encoding is byte-identical to ours (so what we sign is canonical DER). Skipped when the
 * ofdrw-gm jar could not be fetched (see signing/build/fetch-test-libs.sh).
 */
class OfdrwReadsOurSealsTest {

    private final TestPki pki = new TestPki();

    @BeforeAll
    static void needOfdrw() {
        assumeTrue(Ofdrw.available(), "ofdrw-gm jar not available at " + Ofdrw.jar().orElse("(unset)")
                + ": the ofdrw cross-check is skipped");
    }

    @Test
    void ofdrwReadsASealSignatureMadeHere() throws Exception {
        byte[] document = "公文正文".getBytes(StandardCharsets.UTF_8);
        SesSignature ours = new DocumentSealer().sign(SealFixtures.officialSeal(pki), pki.unit.certificate(),
                pki.unit.keys().signer(), document, "/Doc_0/Signs/Sign_0/Signature.xml", TestPki.NOW);

        Object theirs = Ofdrw.parse("v4.SES_Signature", ours.encoded());
        Object tbs = get(theirs, "getToSign");
        assertEquals(4, integer(tbs, "getVersion"));
        assertArrayEquals(Sm3Digest.of(document).bytes(), octets(tbs, "getDataHash"));
        assertEquals("/Doc_0/Signs/Sign_0/Signature.xml", string(tbs, "getPropertyInfo"));
        assertEquals(TestPki.NOW, ((ASN1GeneralizedTime) get(tbs, "getTimeInfo")).getDate().toInstant());
        assertArrayEquals(pki.unit.certificate().der(), octets(theirs, "getCert"));
        assertEquals("1.2.156.10197.1.501", ((ASN1ObjectIdentifier) get(theirs, "getSignatureAlgID")).getId());
        assertArrayEquals(ours.tbsEncoded(), der(tbs));
        assertArrayEquals(ours.encoded(), der(theirs));

        Object info = get(tbs, "getEseal", "geteSealInfo");
        assertEquals("ES", string(info, "getHeader", "getId"));
        assertEquals(4, integer(info, "getHeader", "getVersion"));
        assertEquals(SealMaker.DEFAULT_VENDOR_ID, string(info, "getHeader", "getVid"));
        assertEquals(TestPki.CITY_OFFICE + "公文专用章", string(info, "getProperty", "getName"));
        assertEquals(1, integer(info, "getProperty", "getCertListType"));
        assertEquals("PNG", string(info, "getPicture", "getType"));
        assertEquals(42, integer(info, "getPicture", "getWidth"));
        assertArrayEquals(ours.seal().sealInfoEncoded(), der(info));
        assertArrayEquals(pki.sealMaker.certificate().der(), octets(tbs, "getEseal", "getCert"));
    }
}
