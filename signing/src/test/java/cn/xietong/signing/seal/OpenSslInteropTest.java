package cn.xietong.signing.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xietong.signing.testing.TestPki;

/**
 * Seals made here must be readable by other implementations: the raw signature value, the certificate's
 * public key and the signed bytes are handed to the OpenSSL 3 command line. Skipped if openssl is missing.
 */
class OpenSslInteropTest {

    @TempDir
    Path dir;

    private final TestPki pki = new TestPki();

    @BeforeAll
    static void needOpenSsl() {
        assumeTrue(run(Path.of("."), List.of("openssl", "version")).exit == 0,
                "openssl is not installed: the OpenSSL interoperability checks are skipped");
    }

    record Result(int exit, String output) {
    }

    static Result run(Path dir, List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    private Result opensslVerify(String pubPem, byte[] data, byte[] sigDer) throws IOException {
        Files.writeString(dir.resolve("pub.pem"), pubPem);
        Files.write(dir.resolve("data"), data);
        Files.write(dir.resolve("sig"), sigDer);
        return run(dir, List.of("openssl", "pkeyutl", "-verify", "-rawin", "-digest", "sm3",
                "-pkeyopt", "distid:1234567812345678", "-pubin", "-inkey", "pub.pem", "-in", "data", "-sigfile", "sig"));
    }

    @Test
    void sealMadeHereVerifiesWithOpenSsl() throws IOException {
        SesSeal seal = SealFixtures.officialSeal(pki);
        Result r = opensslVerify(seal.sealMakerCertificate().publicKey().toPem(), seal.sealInfoEncoded(),
                seal.signedValue());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Signature Verified Successfully"), r.output());

        byte[] altered = seal.sealInfoEncoded();
        altered[altered.length - 3] ^= 1;
        assertNotEquals(0, opensslVerify(seal.sealMakerCertificate().publicKey().toPem(), altered,
                seal.signedValue()).exit());
    }

    @Test
    void documentSignatureMadeHereVerifiesWithOpenSsl() throws IOException {
        SesSignature sig = new DocumentSealer().sign(SealFixtures.officialSeal(pki), pki.unit.certificate(),
                pki.unit.keys().signer(), "正文".getBytes(StandardCharsets.UTF_8), "doc", TestPki.NOW);
        Result r = opensslVerify(sig.signerCertificate().publicKey().toPem(), sig.tbsEncoded(), sig.signatureValue());
        assertEquals(0, r.exit(), r.output());
    }

    /**
     * OpenSSL 3.0's {@code openssl verify} cannot check SM2 certificate signatures at all (it fails even on a
     * certificate OpenSSL made itself), so each link is checked with pkeyutl over the TBSCertificate, and the
     * certificate and the CRL are parsed and printed by OpenSSL.
     */
    @Test
    void platformCertificatesAndCrlAreReadableAndVerifiableByOpenSsl() throws IOException {
        var crl = pki.issuing.publishCrl(TestPki.NOW, TestPki.NOW.plusSeconds(86400));
        Files.write(dir.resolve("unit.der"), pki.unit.certificate().der());
        Files.write(dir.resolve("crl.der"), crl.der());
        Result text = run(dir, List.of("openssl", "x509", "-inform", "DER", "-in", "unit.der", "-noout", "-text"));
        assertEquals(0, text.exit(), text.output());
        assertTrue(text.output().contains("Signature Algorithm: SM2-with-SM3"), text.output());
        assertTrue(text.output().contains("ASN1 OID: SM2"), text.output());
        assertTrue(text.output().contains("Digital Signature, Non Repudiation"), text.output());
        assertTrue(text.output().contains("CA:FALSE"), text.output());
        Result crlText = run(dir, List.of("openssl", "crl", "-inform", "DER", "-in", "crl.der", "-noout", "-text"));
        assertEquals(0, crlText.exit(), crlText.output());
        assertTrue(crlText.output().contains("SM2-with-SM3"), crlText.output());

        var links = List.of(
                new Object[] {pki.unit.certificate(), pki.issuing.certificate()},
                new Object[] {pki.issuing.certificate(), pki.root.certificate()},
                new Object[] {pki.root.certificate(), pki.root.certificate()});
        for (Object[] link : links) {
            var cert = (cn.xietong.signing.ca.Sm2Certificate) link[0];
            var issuer = (cn.xietong.signing.ca.Sm2Certificate) link[1];
            byte[] sigValue = org.bouncycastle.asn1.x509.Certificate.getInstance(cert.der()).getSignature().getOctets();
            Result r = opensslVerify(issuer.publicKey().toPem(), cert.tbsCertificate(), sigValue);
            assertEquals(0, r.exit(), cert.subject() + ": " + r.output());
        }
    }
}
