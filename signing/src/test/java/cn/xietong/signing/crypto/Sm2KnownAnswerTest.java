package cn.xietong.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

class Sm2KnownAnswerTest {

    // GB/T 32918.5-2017 Annex A (sm2p256v1, ID 1234567812345678, message "message digest").
    static final String D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
    static final String PX = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020";
    static final String PY = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
    static final String K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";
    static final String ZA = "B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3";
    static final String E = "F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640";
    static final String R = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
    static final String S = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";
    static final byte[] MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

    /** Yields the fixed k of the standard's example as the signer's "random" nonce. */
    static final class FixedK extends SecureRandom {
        private final byte[] k = HexFormat.of().parseHex(K);

        @Override
        public void nextBytes(byte[] bytes) {
            assertEquals(32, bytes.length, "the signer asks for 32 nonce bytes");
            System.arraycopy(k, 0, bytes, 0, 32);
        }
    }

    @Test
    void sm3OfAbcMatchesTheStandard() {
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                Sm3Digest.of("abc".getBytes(StandardCharsets.US_ASCII)).toString());
    }

    @Test
    void sm3DigestIsAValue() {
        Sm3Digest a = Sm3Digest.of("abc".getBytes(StandardCharsets.US_ASCII));
        Sm3Digest b = Sm3Digest.fromHex(a.toString().toUpperCase());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Sm3Digest.of(new byte[0]));
        assertTrue(a.matches(b.bytes()));
    }

    @Test
    void standardKeyPairIsConsistent() {
        Sm2PrivateKey d = Sm2PrivateKey.fromHex(D);
        assertEquals(Sm2PublicKey.fromHex(PX, PY), d.publicKey());
    }

    @Test
    void zValueAndDigestMatchAnnexA() {
        Sm2PublicKey p = Sm2PublicKey.fromHex(PX, PY);
        assertEquals(ZA, HexFormat.of().withUpperCase().formatHex(Sm2.z(p, Sm2.defaultUserId())));
        assertEquals(E, Sm2.e(p, Sm2.defaultUserId(), MESSAGE).toString().toUpperCase());
    }

    @Test
    void signatureWithFixedNonceMatchesAnnexA() {
        LocalSm2Signer signer = new LocalSm2Signer(Sm2PrivateKey.fromHex(D), Sm2.defaultUserId(), new FixedK());
        Sm2Signature sig = signer.sign(MESSAGE);
        assertEquals(new BigInteger(R, 16), sig.r());
        assertEquals(new BigInteger(S, 16), sig.s());
        assertTrue(Sm2Verifier.verify(Sm2PublicKey.fromHex(PX, PY), MESSAGE, sig));
    }

    @Test
    void randomNonceSignatureVerifiesAndDiffersEachTime() {
        Sm2KeyPair kp = Sm2KeyPair.generate();
        Sm2Signature a = kp.signer().sign(MESSAGE);
        Sm2Signature b = kp.signer().sign(MESSAGE);
        assertNotEquals(a, b);
        assertTrue(Sm2Verifier.verify(kp.publicKey(), MESSAGE, a));
        assertTrue(Sm2Verifier.verify(kp.publicKey(), MESSAGE, b));
        assertFalse(Sm2Verifier.verify(kp.publicKey(), "message digesT".getBytes(StandardCharsets.US_ASCII), a));
        assertFalse(Sm2Verifier.verify(kp.publicKey(), "another id".getBytes(StandardCharsets.US_ASCII), MESSAGE, a));
        assertFalse(Sm2Verifier.verify(Sm2KeyPair.generate().publicKey(), MESSAGE, a));
    }

    @Test
    void signatureEncodingsRoundTrip() {
        Sm2Signature sig = new Sm2Signature(new BigInteger(R, 16), new BigInteger(S, 16));
        assertEquals(sig, Sm2Signature.fromDer(sig.toDer()));
        assertEquals(sig, Sm2Signature.fromRaw(sig.toRaw()));
        assertEquals(sig, Sm2Signature.fromDerOrRaw(sig.toRaw()));
        assertEquals(sig, Sm2Signature.fromDerOrRaw(sig.toDer()));
        assertEquals(R + S, HexFormat.of().withUpperCase().formatHex(sig.toRaw()));
        // r has its high bit set: DER needs a leading zero byte
        assertEquals(0x30, sig.toDer()[0] & 0xff);
        assertEquals(0x00, sig.toDer()[4]);
    }

    @Test
    void keysRoundTripThroughTheirEncodings() {
        Sm2KeyPair kp = Sm2KeyPair.generate();
        assertEquals(kp.publicKey(), Sm2PublicKey.fromEncodedPoint(kp.publicKey().encodedPoint()));
        assertEquals(kp.publicKey(), Sm2PublicKey.fromSubjectPublicKeyInfo(kp.publicKey().subjectPublicKeyInfoDer()));
        Sm2PrivateKey back = Sm2PrivateKey.fromPkcs8(kp.privateKey().toPkcs8());
        assertEquals(kp.publicKey(), back.publicKey());
        assertFalse(kp.privateKey().toString().contains(kp.privateKey().parameters().getD().toString(16)));
        assertTrue(kp.publicKey().toPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void truncatedSignatureIsRejectedAsTruncated() {
        byte[] der = new Sm2Signature(new BigInteger(R, 16), new BigInteger(S, 16)).toDer();
        byte[] cut = java.util.Arrays.copyOf(der, der.length - 5);
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> Sm2Signature.fromDer(cut));
        assertEquals(Code.TRUNCATED_ENCODING, e.code());
    }

    @Test
    void garbageSignatureIsRejectedAsMalformed() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> Sm2Signature.fromDer(new byte[] {0x02, 0x01, 0x05}));
        assertEquals(Code.MALFORMED_ENCODING, e.code());
        byte[] der = new Sm2Signature(new BigInteger(R, 16), new BigInteger(S, 16)).toDer();
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 1);
        assertEquals(Code.MALFORMED_ENCODING,
                assertThrows(MalformedInputException.class, () -> Sm2Signature.fromDer(longer)).code());
    }

    @Test
    void hugeDeclaredLengthIsRefusedWithoutAllocating() {
        byte[] evil = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x02, 0x01, 0x01};
        assertEquals(Code.TRUNCATED_ENCODING,
                assertThrows(MalformedInputException.class, () -> Der.read(evil, "test")).code());
        byte[] evil2 = {0x30, (byte) 0x88, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals(Code.INPUT_TOO_LARGE,
                assertThrows(MalformedInputException.class, () -> Der.read(evil2, "test")).code());
        byte[] nested = {0x30, 0x06, 0x04, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThrows(MalformedInputException.class, () -> Der.read(nested, "test"));
    }

    @Test
    void publicKeyNotOnTheCurveIsRejected() {
        byte[] bad = HexFormat.of().parseHex("04" + PX + PX);
        assertEquals(Code.INVALID_KEY,
                assertThrows(MalformedInputException.class, () -> Sm2PublicKey.fromEncodedPoint(bad)).code());
    }
}
