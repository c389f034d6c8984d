package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SealingSmokeTest {

    @Test
    void sealsAPdf() throws Exception {
        TestSigners.Signer office = TestSigners.unit("Zhang San", "City Government Office");
        TestSigners.Signer bureau = TestSigners.unit("Li Si", "City Finance Bureau");
        SealParameters p = SealParameters.builder().page(1).position(140, 230).stamp(TestStamps.redSeal())
                .signerChain(office.chain()).signingTime(Instant.parse("2026-03-01T08:00:00Z")).build();
        byte[] pdf = TestPdfs.textPages(10);
        byte[] sealed = new PdfSealer().seal(pdf, p, office::sign);
        byte[] twice = new PdfSealer().seal(sealed, p.toBuilder().signerChain(bureau.chain()).position(20, 230).build(), bureau::sign);
        Files.write(Path.of("target/smoke.pdf"), twice);
        PdfVerificationReport report = new PdfSealVerifier().verify(twice);
        System.out.println(report);
        byte[] tampered = twice.clone();
        tampered[tampered.length - 1] = 'x';
        System.out.println(new PdfSealVerifier().verify(java.util.Arrays.copyOf(twice, twice.length+10)));
    }
}
