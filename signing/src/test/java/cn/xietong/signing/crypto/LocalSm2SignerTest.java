package cn.xietong.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Random;

import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

import cn.xietong.signing.MalformedInputException;
import cn.xietong.signing.SigningException.Code;

/**
 * LocalSm2Signer computes the SM2 signature itself (Z once per signer, no dG per signature) and
 * Sm2PrivateKey takes the public key from the PKCS#8: both must stay indistinguishable from Bouncy
 * Castle's SM2Signer and from computing dG.
 */
class LocalSm2SignerTest {

    private static final BigInteger N = Sm2.DOMAIN.getN();
    /** Seeded so a failure can be replayed; the keys and messages are still "random" for the purpose. */
    private final Random seeded = new Random(0x5eed_5302L);
    private final SecureRandom strong = new SecureRandom();

    /** Hands out the queued byte strings, one per nextBytes call (each must have the requested length). */
    static final class ScriptedRandom extends SecureRandom {
        private final Deque<byte[]> queue = new ArrayDeque<>();

        ScriptedRandom add(byte[] bytes) {
            queue.add(bytes.clone());
            return this;
        }

        ScriptedRandom add(BigInteger k) {
            return add(BigIntegers.asUnsignedByteArray(32, k));
        }

        boolean drained() {
            return queue.isEmpty();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            byte[] next = queue.remove();
            assertEquals(next.length, bytes.length, "the signer asks for " + bytes.length + " bytes");
            System.arraycopy(next, 0, bytes, 0, bytes.length);
        }
    }

    private byte[] randomMessage() {
        byte[] m = new byte[seeded.nextInt(600)];
        seeded.nextBytes(m);
        return m;
    }

    private static Sm2Signature bcSign(Sm2PrivateKey key, byte[] userId, SecureRandom random, byte[] message) {
        SM2Signer s = new SM2Signer(PlainDSAEncoding.INSTANCE);
        s.init(true, new ParametersWithID(new ParametersWithRandom(key.parameters(), random), userId));
        s.update(message, 0, message.length);
        try {
            return Sm2Signature.fromRaw(s.generateSignature());
        } catch (CryptoException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean bcVerify(Sm2PublicKey key, byte[] userId, byte[] message, Sm2Signature sig) {
        SM2Signer v = new SM2Signer(PlainDSAEncoding.INSTANCE);
        v.init(false, new ParametersWithID(key.parameters(), userId));
        v.update(message, 0, message.length);
        return v.verifySignature(sig.toRaw());
    }

    private static Sm2PublicKey dG(BigInteger d) {
        return Sm2PublicKey.of(new FixedPointCombMultiplier().multiply(Sm2.DOMAIN.getG(), d));
    }

    private static byte[] pkcs8(BigInteger d, byte[] embeddedPoint) throws IOException {
        AlgorithmIdentifier alg = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Sm2.CURVE_OID);
        ECPrivateKey ec = embeddedPoint == null
                ? new ECPrivateKey(256, d, null)
                : new ECPrivateKey(256, d, new DERBitString(embeddedPoint), null);
        return new PrivateKeyInfo(alg, ec).getEncoded("DER");
    }

    @Test
    void signaturesVerifyWithBouncyCastleAndSm2VerifierForManyKeysAndMessages() {
        for (int i = 0; i < 60; i++) {
            Sm2KeyPair kp = Sm2KeyPair.generate(strong);
            LocalSm2Signer signer = kp.signer();
            for (int j = 0; j < 5; j++) {
                byte[] m = randomMessage();
                Sm2Signature sig = signer.sign(m);
                assertTrue(bcVerify(kp.publicKey(), Sm2.DEFAULT_USER_ID_BYTES, m, sig), "key " + i + " message " + j);
                assertTrue(Sm2Verifier.verify(kp.publicKey(), m, sig), "key " + i + " message " + j);
                byte[] altered = Arrays.copyOf(m, m.length + 1);
                assertFalse(Sm2Verifier.verify(kp.publicKey(), altered, sig));
            }
        }
    }

    @Test
    void signaturesWithOtherUserIdsVerifyOnlyWithThatId() {
        byte[][] ids = {
            "exchange@xietong.cn".getBytes(StandardCharsets.UTF_8),
            new byte[0],
            new byte[8191],
        };
        for (byte[] id : ids) {
            for (int i = 0; i < 10; i++) {
                Sm2KeyPair kp = Sm2KeyPair.generate(strong);
                LocalSm2Signer signer = new LocalSm2Signer(kp.privateKey(), id, strong);
                assertArrayEquals(id, signer.userId());
                byte[] m = randomMessage();
                Sm2Signature sig = signer.sign(m);
                assertTrue(bcVerify(kp.publicKey(), id, m, sig));
                assertTrue(Sm2Verifier.verify(kp.publicKey(), id, m, sig));
                assertFalse(Sm2Verifier.verify(kp.publicKey(), m, sig), "verifies with the default ID too");
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> new LocalSm2Signer(Sm2KeyPair.generate().privateKey(), new byte[8192], strong));
    }

    @Test
    void withTheSameNonceTheSignatureIsBouncyCastles() {
        byte[] id = "another signer id".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 50; i++) {
            Sm2PrivateKey key = Sm2KeyPair.generate(strong).privateKey();
            BigInteger k = BigIntegers.createRandomInRange(BigInteger.ONE, N.subtract(BigInteger.ONE), strong);
            byte[] m = randomMessage();
            byte[] userId = i % 2 == 0 ? Sm2.DEFAULT_USER_ID_BYTES : id;
            Sm2Signature ours = new LocalSm2Signer(key, userId, new ScriptedRandom().add(k)).sign(m);
            Sm2Signature theirs = bcSign(key, userId, new ScriptedRandom().add(k), m);
            assertEquals(theirs, ours);
        }
    }

    @Test
    void unusableNoncesAreSkippedLikeBouncyCastleSkipsThem() {
        Sm2PrivateKey key = Sm2KeyPair.generate(strong).privateKey();
        byte[] m = "skip".getBytes(StandardCharsets.US_ASCII);
        BigInteger k = new BigInteger("3".repeat(64), 16);
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xff);
        // 0, n and 2^256-1 are outside [1, n-1]: both implementations must draw again, in the same way.
        ScriptedRandom ours = new ScriptedRandom().add(new byte[32]).add(N).add(allOnes).add(k);
        ScriptedRandom theirs = new ScriptedRandom().add(new byte[32]).add(N).add(allOnes).add(k);
        assertEquals(bcSign(key, Sm2.DEFAULT_USER_ID_BYTES, theirs, m),
                new LocalSm2Signer(key, Sm2.DEFAULT_USER_ID_BYTES, ours).sign(m));
        assertTrue(ours.drained());
        assertTrue(theirs.drained());
    }

    @Test
    void aSignerIsSafeToShareBetweenThreads() throws InterruptedException {
        Sm2KeyPair kp = Sm2KeyPair.generate(strong);
        LocalSm2Signer signer = kp.signer();
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                boolean all = true;
                for (int i = 0; i < 25; i++) {
                    byte[] m = ("thread " + index + " message " + i).getBytes(StandardCharsets.US_ASCII);
                    all &= Sm2Verifier.verify(kp.publicKey(), m, signer.sign(m));
                }
                ok[index] = all;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (boolean b : ok) {
            assertTrue(b);
        }
    }

    @Test
    void pkcs8RoundTripsAndItsPublicKeyIsDG() {
        for (int i = 0; i < 20; i++) {
            Sm2KeyPair kp = Sm2KeyPair.generate(strong);
            Sm2PrivateKey back = Sm2PrivateKey.fromPkcs8(kp.privateKey().toPkcs8());
            assertEquals(kp.privateKey().d(), back.d());
            assertEquals(dG(back.d()), back.publicKey());
            assertEquals(kp.publicKey(), back.publicKey());
            assertSame(back, back.checkPublicKey());
            assertArrayEquals(kp.privateKey().toPkcs8(), back.toPkcs8());
            byte[] m = randomMessage();
            assertTrue(Sm2Verifier.verify(kp.publicKey(), m, new LocalSm2Signer(back).sign(m)));
        }
    }

    @Test
    void pkcs8WithoutThePublicKeyStillLoads() throws IOException {
        Sm2KeyPair kp = Sm2KeyPair.generate(strong);
        Sm2PrivateKey back = Sm2PrivateKey.fromPkcs8(pkcs8(kp.privateKey().d(), null));
        assertEquals(kp.publicKey(), back.publicKey());
        assertEquals(dG(kp.privateKey().d()), back.publicKey());
        byte[] m = randomMessage();
        assertTrue(Sm2Verifier.verify(kp.publicKey(), m, new LocalSm2Signer(back).sign(m)));
        // and it is written back with the public key
        assertEquals(kp.publicKey(), Sm2PrivateKey.fromPkcs8(back.toPkcs8()).publicKey());
    }

    @Test
    void pkcs8WithACompressedPublicKeyLoads() throws IOException {
        Sm2KeyPair kp = Sm2KeyPair.generate(strong);
        byte[] compressed = kp.publicKey().point().getEncoded(true);
        assertEquals(kp.publicKey(), Sm2PrivateKey.fromPkcs8(pkcs8(kp.privateKey().d(), compressed)).publicKey());
    }

    @Test
    void anEmbeddedPointOffTheCurveIsRejected() throws IOException {
        Sm2KeyPair kp = Sm2KeyPair.generate(strong);
        byte[] bad = kp.publicKey().encodedPoint();
        bad[64] ^= 1;
        byte[] der = pkcs8(kp.privateKey().d(), bad);
        assertEquals(Code.INVALID_KEY,
                assertThrows(MalformedInputException.class, () -> Sm2PrivateKey.fromPkcs8(der)).code());
        byte[] shortPoint = Arrays.copyOf(kp.publicKey().encodedPoint(), 64);
        byte[] der2 = pkcs8(kp.privateKey().d(), shortPoint);
        assertEquals(Code.INVALID_KEY,
                assertThrows(MalformedInputException.class, () -> Sm2PrivateKey.fromPkcs8(der2)).code());
    }

    @Test
    void aMismatchedEmbeddedPublicKeyIsTrustedButCaughtByCheckPublicKey() throws IOException {
        Sm2KeyPair kp = Sm2KeyPair.generate(strong);
        Sm2PublicKey other = Sm2KeyPair.generate(strong).publicKey();
        Sm2PrivateKey mixed = Sm2PrivateKey.fromPkcs8(pkcs8(kp.privateKey().d(), other.encodedPoint()));
        // The documented trust assumption: the embedded key is taken as is ...
        assertEquals(other, mixed.publicKey());
        // ... so signatures are made with the wrong Z and verify under neither key ...
        byte[] m = randomMessage();
        Sm2Signature sig = new LocalSm2Signer(mixed).sign(m);
        assertFalse(Sm2Verifier.verify(other, m, sig));
        assertFalse(Sm2Verifier.verify(kp.publicKey(), m, sig));
        // ... and checkPublicKey is the one-multiplication check for keys from outside.
        assertEquals(Code.INVALID_KEY, assertThrows(MalformedInputException.class, mixed::checkPublicKey).code());
        assertEquals(Code.INVALID_KEY, assertThrows(MalformedInputException.class,
                () -> Sm2PrivateKey.withKnownPublicKey(kp.privateKey().d(), other).checkPublicKey()).code());
    }

    @Test
    void withKnownPublicKeyStillChecksTheRangeOfD() {
        Sm2PublicKey q = Sm2KeyPair.generate(strong).publicKey();
        assertThrows(MalformedInputException.class, () -> Sm2PrivateKey.withKnownPublicKey(BigInteger.ZERO, q));
        assertThrows(MalformedInputException.class,
                () -> Sm2PrivateKey.withKnownPublicKey(N.subtract(BigInteger.ONE), q));
        assertThrows(NullPointerException.class, () -> Sm2PrivateKey.withKnownPublicKey(BigInteger.TWO, null));
    }

    @Test
    void theStandardKeyLoadedFromPkcs8SignsTheStandardValue() throws IOException {
        BigInteger d = new BigInteger(Sm2KnownAnswerTest.D, 16);
        byte[] point = HexFormat.of().parseHex("04" + Sm2KnownAnswerTest.PX + Sm2KnownAnswerTest.PY);
        Sm2PrivateKey key = Sm2PrivateKey.fromPkcs8(pkcs8(d, point));
        Sm2Signature sig = new LocalSm2Signer(key, Sm2.defaultUserId(), new Sm2KnownAnswerTest.FixedK())
                .sign(Sm2KnownAnswerTest.MESSAGE);
        assertEquals(new BigInteger(Sm2KnownAnswerTest.R, 16), sig.r());
        assertEquals(new BigInteger(Sm2KnownAnswerTest.S, 16), sig.s());
    }
}
