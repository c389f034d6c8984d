package cn.xietong.signing.pdf;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.xietong.signing.crypto.LocalSm2Signer;
import cn.xietong.signing.crypto.Sm2;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm2Signature;
import cn.xietong.signing.crypto.Sm2Verifier;
import cn.xietong.signing.seal.DocumentSealer;
import cn.xietong.signing.seal.SealVerificationReport;
import cn.xietong.signing.seal.SealVerifier;
import cn.xietong.signing.seal.SesSeal;
import cn.xietong.signing.seal.SesSignature;

/**
 * The signing module's benchmarks. The baseline is {@link #rawBouncyCastleSm2Sign}: Bouncy Castle's
 * SM2Signer used directly; {@link BenchmarkReport} relates every other result to it.
 */
@State(Scope.Benchmark)
public class SigningBenchmarks {

    /** About the size of the DER signed attributes / a small TBS: what the seal path signs. */
    private final byte[] message = new byte[256];
    private final SecureRandom random = new SecureRandom();

    private Sm2KeyPair keys;
    private LocalSm2Signer signer;
    private Sm2Signature signature;
    private ECPrivateKeyParameters optimisedCurveKey;

    private Seals seals;
    private PdfSealer sealer;
    private PdfSealVerifier verifier;
    private byte[] tenPages;
    private SealParameters cmsParameters;
    private SealParameters sesParameters;
    private byte[] sealedCms;
    private byte[] sealedSes;
    private SesSeal seal;
    private DocumentSealer documentSealer;
    private SealVerifier sealVerifier;
    private byte[] sesSignature;
    private final byte[] protectedBytes = new byte[16 * 1024];

    @Setup
    public void setUp() {
        random.nextBytes(message);
        keys = Sm2KeyPair.generate();
        signer = keys.signer();
        signature = signer.sign(message);
        X9ECParameters x9 = CustomNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);
        optimisedCurveKey = new ECPrivateKeyParameters(keys.privateKey().parameters().getD(),
                new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH()));

        seals = new Seals();
        sealer = new PdfSealer();
        verifier = seals.trustingVerifier();
        tenPages = TestPdfs.textPages(10);
        cmsParameters = seals.cityOffice.at(10, 140, 230).build();
        sealedCms = sealer.seal(tenPages, cmsParameters, seals.cityOffice.key());
        seal = seals.sealOf(seals.cityOffice);
        sesParameters = seals.cityOffice.at(10, 140, 230).seal(seal).build();
        sealedSes = sealer.seal(tenPages, sesParameters, seals.cityOffice.key());

        random.nextBytes(protectedBytes);
        documentSealer = new DocumentSealer();
        sealVerifier = new SealVerifier(seals.pki.validatorWithCrl());
        sesSignature = sesSignatureCreate().encoded();
        if (!sealVerifier.verify(sesSignature, protectedBytes).isValid()) {
            throw new IllegalStateException("the benchmark's SES_Signature does not verify");
        }
    }

    /** GB/T 38540 SES_Signature over 16 KiB through the seal package (checks the seal, signs, verifies the value). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SesSignature sesSignatureCreate() {
        return documentSealer.sign(seal, seals.cityOffice.party.certificate(), seals.cityOffice.key(), protectedBytes,
                "PDF:Seal1", Seals.SIGNING_TIME);
    }

    /** Full verification: seal maker signature and certificate, signer signature and certificate chain with CRLs. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SealVerificationReport sesSignatureVerify() {
        return sealVerifier.verify(sesSignature, protectedBytes);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] sealTenPagePdfSes() {
        return sealer.seal(tenPages, sesParameters, seals.cityOffice.key());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PdfVerificationReport verifySealedTenPagePdfSes() {
        return verifier.verify(sealedSes);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] rawBouncyCastleSm2Sign() throws CryptoException {
        SM2Signer s = new SM2Signer();
        s.init(true, new ParametersWithID(new ParametersWithRandom(keys.privateKey().parameters(), random),
                Sm2.DEFAULT_USER_ID_BYTES));
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    /**
     * For information: the same signing on Bouncy Castle's optimised sm2p256v1 implementation
     * ({@code CustomNamedCurves}); the crypto package's keys use the generic one of {@code GMNamedCurves}.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public byte[] rawBouncyCastleSm2SignOptimisedCurve() throws CryptoException {
        SM2Signer s = new SM2Signer();
        s.init(true, new ParametersWithID(new ParametersWithRandom(optimisedCurveKey, random), Sm2.DEFAULT_USER_ID_BYTES));
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean rawBouncyCastleSm2Verify() {
        SM2Signer s = new SM2Signer();
        s.init(false, new ParametersWithID(keys.publicKey().parameters(), Sm2.DEFAULT_USER_ID_BYTES));
        s.update(message, 0, message.length);
        return s.verifySignature(signature.toDer());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Sm2Signature cryptoApiSm2Sign() {
        return signer.sign(message);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean cryptoApiSm2Verify() {
        return Sm2Verifier.verify(keys.publicKey(), message, signature);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] sealTenPagePdfCms() {
        return sealer.seal(tenPages, cmsParameters, seals.cityOffice.key());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PdfVerificationReport verifySealedTenPagePdfCms() {
        return verifier.verify(sealedCms);
    }
}
