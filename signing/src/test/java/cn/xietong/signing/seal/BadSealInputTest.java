package cn.xietong.signing.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Der;
import cn.xietong.signing.testing.OfdSeals;

class BadSealInputTest {

    private static final byte[] SIGNED_VALUE = OfdSeals.resource("/interop/SESV4SignDoc.ofd").signatures().get(0)
            .signedValue();

    private final SealVerifier verifier = new SealVerifier();

    @Test
    void garbageIsAMalformedSealSignature() {
        byte[] junk = "this is not DER at all".getBytes(StandardCharsets.US_ASCII);
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(junk));
        assertTrue(e.code() == Code.MALFORMED_ENCODING || e.code() == Code.TRUNCATED_ENCODING, e.toString());
        SealVerificationReport r = verifier.verify(junk, new byte[0]);
        assertEquals(List.of(SealVerificationReport.STRUCTURE), r.failedChecks());
    }

    @Test
    void truncatedSealSignatureIsReportedAsTruncated() {
        byte[] half = Arrays.copyOf(SIGNED_VALUE, SIGNED_VALUE.length / 2);
        assertEquals(Code.TRUNCATED_ENCODING,
                assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(half)).code());
        SealVerificationReport r = verifier.verify(half, new byte[0]);
        assertTrue(r.check(SealVerificationReport.STRUCTURE).get().detail().contains("TRUNCATED_ENCODING"), r::toString);
    }

    @Test
    void truncatedSealIsReportedAsTruncated() {
        byte[] seal = SesSignature.fromDer(SIGNED_VALUE).seal().encoded();
        assertEquals(Code.TRUNCATED_ENCODING, assertThrows(MalformedInputException.class,
                () -> SesSeal.fromDer(Arrays.copyOf(seal, seal.length - 1))).code());
        assertEquals(List.of(SealVerificationReport.STRUCTURE),
                verifier.verifySeal(Arrays.copyOf(seal, 100)).failedChecks());
    }

    @Test
    void trailingBytesAfterTheSignatureAreRefused() {
        byte[] longer = Arrays.copyOf(SIGNED_VALUE, SIGNED_VALUE.length + 2);
        assertEquals(Code.MALFORMED_ENCODING,
                assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(longer)).code());
    }

    @Test
    void hugeDeclaredLengthsAreRefusedWithoutAllocating() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            byte[] claims2g = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x30, 0x00};
            assertEquals(Code.TRUNCATED_ENCODING,
                    assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(claims2g)).code());
            byte[] innerClaims = {0x30, 0x08, 0x04, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0};
            assertEquals(Code.TRUNCATED_ENCODING,
                    assertThrows(MalformedInputException.class, () -> SesSeal.fromDer(innerClaims)).code());
            byte[] eightLengthBytes = {0x30, (byte) 0x88, 0, 0, 0, 0, 0, 0, 0, 1, 0};
            assertEquals(Code.INPUT_TOO_LARGE,
                    assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(eightLengthBytes)).code());
        });
    }

    @Test
    void oversizedInputIsRefused() throws IOException {
        byte[] big = new DEROctetString(new byte[SesSignature.MAX_LENGTH + 1]).getEncoded();
        assertEquals(Code.INPUT_TOO_LARGE,
                assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(big)).code());
    }

    @Test
    void deeplyNestedEncodingIsRefusedWithoutExhaustingTheStack() {
        int levels = 100_000;
        byte[] der = new byte[levels * 6];
        for (int i = 0; i < levels; i++) {
            int content = 6 * (levels - 1 - i);
            der[6 * i] = 0x30;
            der[6 * i + 1] = (byte) 0x84;
            der[6 * i + 2] = (byte) (content >>> 24);
            der[6 * i + 3] = (byte) (content >>> 16);
            der[6 * i + 4] = (byte) (content >>> 8);
            der[6 * i + 5] = (byte) content;
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            MalformedInputException e = assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(der));
            assertTrue(e.getMessage().contains("nested"), e.getMessage());
        });
    }

    @Test
    void wrongFieldTypeIsNamedInTheError() {
        byte[] der = SIGNED_VALUE.clone();
        // TBS_Sign.version INTEGER 4 at offset 8 (02 01 04) becomes an OCTET STRING
        assertEquals(0x02, der[8]);
        der[8] = 0x04;
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> SesSignature.fromDer(der));
        assertTrue(e.getMessage().contains("TBS_Sign.version"), e.getMessage());
    }

    @Test
    void randomCorruptionNeverEscapesAsAnUntypedError() {
        Random random = new Random(38540);
        for (int i = 0; i < 150; i++) {
            byte[] der = SIGNED_VALUE.clone();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                der[random.nextInt(Math.min(der.length, 1200))] = (byte) random.nextInt(256);
            }
            try {
                SesSignature.fromDer(der);
            } catch (MalformedInputException expected) {
                // fine: typed
            }
            SealVerificationReport r = verifier.verify(der, new byte[0]);
            assertTrue(!r.checks().isEmpty());
        }
    }

    @Test
    void derGuardRejectsIndefiniteLength() {
        byte[] ber = {0x30, (byte) 0x80, 0x02, 0x01, 0x01, 0x00, 0x00};
        assertEquals(Code.MALFORMED_ENCODING, assertThrows(MalformedInputException.class,
                () -> Der.read(ber, "BER")).code());
    }
}
