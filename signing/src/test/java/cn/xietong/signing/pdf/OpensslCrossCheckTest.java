package cn.xietong.signing.pdf;

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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the SM2 signature value of profile CMS_SM2 with the openssl CLI, independently of Bouncy
 * Castle's verifier. OpenSSL 3.0's {@code cms -verify} cannot check SM2 (it assumes an empty user ID),
 * so the test extracts what was actually signed (the DER signed attributes, tagged as a SET), the
 * signature value and the signer's public key, and runs {@code openssl pkeyutl -verify} with the
 * GM/T 0009 default ID.
 */
class OpensslCrossCheckTest {

    @TempDir
    Path dir;

    private final Seals seals = new Seals();

    @Test
    void cmsSignatureValueVerifiesWithOpenssl() throws Exception {
        assumeTrue(opensslWorks(), "openssl with SM2/SM3 is not installed here; skipping the cross-check");
        byte[] sealed = new PdfSealer().seal(TestPdfs.textPages(10), seals.cityOffice.at(1, 140, 230).build(),
                seals.cityOffice.key());
        SignerInformation signer = signerOf(sealed);

        Files.write(dir.resolve("data"), signer.getEncodedSignedAttributes());
        Files.write(dir.resolve("sig"), signer.getSignature());
        Files.writeString(dir.resolve("pub.pem"), seals.cityOffice.party.certificate().publicKey().toPem());

        Result ok = openssl("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", "distid:1234567812345678",
                "-pubin", "-inkey", "pub.pem", "-in", "data", "-sigfile", "sig");
        assertEquals(0, ok.exit, ok.output);
        assertTrue(ok.output.contains("Signature Verified Successfully"), ok.output);

        byte[] other = signer.getEncodedSignedAttributes();
        other[other.length - 1] ^= 1;
        Files.write(dir.resolve("data"), other);
        Result bad = openssl("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", "distid:1234567812345678",
                "-pubin", "-inkey", "pub.pem", "-in", "data", "-sigfile", "sig");
        assertNotEquals(0, bad.exit, bad.output);
    }

    static SignerInformation signerOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            byte[] contents = doc.getLastSignatureDictionary().getContents();
            CMSSignedData cms = new CMSSignedData(contents);
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }

    private record Result(int exit, String output) {
    }

    private Result openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "openssl timed out");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private boolean opensslWorks() {
        try {
            Result r = openssl("list", "-digest-algorithms");
            return r.exit == 0 && r.output.toUpperCase().contains("SM3");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
