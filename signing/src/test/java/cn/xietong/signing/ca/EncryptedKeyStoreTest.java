package cn.xietong.signing.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xietong.signing.OperatorKeyException;
import cn.xietong.signing.SigningException.Code;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.testing.TestPki;

class EncryptedKeyStoreTest {

    @TempDir
    Path dir;

    private static OperatorKey randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return OperatorKey.ofBytes(k);
    }

    @Test
    void storedKeySignsAfterReopeningWithTheSameOperatorKey() throws Exception {
        TestPki pki = new TestPki();
        OperatorKey op = randomKey();
        EncryptedKeyStore.open(dir, op).put("seal-maker", pki.sealMaker.keys().privateKey(),
                List.of(pki.sealMaker.certificate(), pki.issuing.certificate(), pki.root.certificate()));
        EncryptedKeyStore again = EncryptedKeyStore.open(dir, op);
        assertEquals(Set.of("seal-maker"), again.aliases());
        assertEquals(pki.sealMaker.keys().publicKey(), again.privateKey("seal-maker").publicKey());
        assertEquals(3, again.certificateChain("seal-maker").size());
        assertEquals(pki.sealMaker.certificate(), again.certificateChain("seal-maker").get(0));
        byte[] m = "公文".getBytes(StandardCharsets.UTF_8);
        assertTrue(Sm2Verifier.verify(pki.sealMaker.keys().publicKey(), m, again.signer("seal-maker").sign(m)));
    }

    @Test
    void privateKeyIsNotStoredInTheClear() throws Exception {
        Sm2KeyPair k = Sm2KeyPair.generate();
        EncryptedKeyStore.open(dir, randomKey()).put("a", k.privateKey(), List.of());
        byte[] file = Files.readAllBytes(dir.resolve("a.key"));
        byte[] d = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, k.privateKey().parameters().getD());
        assertFalse(indexOf(file, d) >= 0);
        assertArrayEquals("XTKS".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(file, 4));
        assertEquals(1, file[4]);
        assertEquals(0, file[5]);
    }

    @Test
    void wrongOperatorKeyIsRefusedWithAClearMessage() {
        EncryptedKeyStore.open(dir, randomKey()).put("unit", Sm2KeyPair.generate().privateKey(), List.of());
        OperatorKeyException e = assertThrows(OperatorKeyException.class,
                () -> EncryptedKeyStore.open(dir, randomKey()).privateKey("unit"));
        assertEquals(Code.WRONG_OPERATOR_KEY, e.code());
        assertTrue(e.getMessage().contains("operator key does not open key store entry 'unit'"), e.getMessage());
    }

    @Test
    void passphraseProtectedEntryOpensOnlyWithThatPassphrase() {
        OperatorKey good = OperatorKey.fromPassphrase("正确的口令-correct".toCharArray(), OperatorKey.MIN_ITERATIONS);
        Sm2KeyPair k = Sm2KeyPair.generate();
        EncryptedKeyStore.open(dir, good).put("p", k.privateKey(), List.of());
        assertEquals(k.publicKey(), EncryptedKeyStore.open(dir, good).privateKey("p").publicKey());
        OperatorKey bad = OperatorKey.fromPassphrase("错误的口令-wrong!".toCharArray(), OperatorKey.MIN_ITERATIONS);
        assertEquals(Code.WRONG_OPERATOR_KEY,
                assertThrows(OperatorKeyException.class, () -> EncryptedKeyStore.open(dir, bad).privateKey("p")).code());
        assertEquals(Code.WRONG_OPERATOR_KEY,
                assertThrows(OperatorKeyException.class,
                        () -> EncryptedKeyStore.open(dir, randomKey()).privateKey("p")).code());
    }

    @Test
    void alteredEntryIsReportedCorruptNotWrongKey() throws Exception {
        OperatorKey op = randomKey();
        EncryptedKeyStore.open(dir, op).put("a", Sm2KeyPair.generate().privateKey(), List.of());
        byte[] file = Files.readAllBytes(dir.resolve("a.key"));
        file[file.length - 20] ^= 1;
        Files.write(dir.resolve("a.key"), file);
        assertEquals(Code.KEY_STORE_CORRUPT,
                assertThrows(OperatorKeyException.class, () -> EncryptedKeyStore.open(dir, op).privateKey("a")).code());
    }

    @Test
    void entryCopiedUnderAnotherAliasDoesNotOpen() throws Exception {
        OperatorKey op = randomKey();
        EncryptedKeyStore.open(dir, op).put("unit-a", Sm2KeyPair.generate().privateKey(), List.of());
        Files.copy(dir.resolve("unit-a.key"), dir.resolve("unit-b.key"));
        assertEquals(Code.KEY_STORE_CORRUPT, assertThrows(OperatorKeyException.class,
                () -> EncryptedKeyStore.open(dir, op).privateKey("unit-b")).code());
    }

    @Test
    void missingAliasAndForeignFileAreTypedErrors() throws Exception {
        OperatorKey op = randomKey();
        assertEquals(Code.KEY_NOT_FOUND, assertThrows(OperatorKeyException.class,
                () -> EncryptedKeyStore.open(dir, op).privateKey("nobody")).code());
        Files.write(dir.resolve("junk.key"), new byte[100]);
        assertEquals(Code.KEY_STORE_CORRUPT, assertThrows(OperatorKeyException.class,
                () -> EncryptedKeyStore.open(dir, op).privateKey("junk")).code());
        assertThrows(IllegalArgumentException.class, () -> EncryptedKeyStore.open(dir, op).privateKey("../etc/passwd"));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
