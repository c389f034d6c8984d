package cn.xietong.exchange.format;

import static cn.xietong.exchange.format.ExchangePki.CITY_OFFICE;
import static cn.xietong.exchange.format.ExchangePki.NOW;
import static cn.xietong.exchange.format.Manifests.aManifest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Verifier;

/**
 * Speed of the wire format on one thread, by simple timed loops after warm-up (not a test: no timing
 * asserts). Run from the repository root after {@code mvn -q -o -pl ejb -am test-compile}:
 * {@code ejb/bench/exchange-format.sh}.
 */
public final class ExchangeFormatBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile int sink;

    public static void main(String[] args) {
        ExchangePki pki = new ExchangePki();
        ExchangePki.UnitSigner city = pki.exchangeService(CITY_OFFICE);
        byte[] body = new byte[200_000];
        byte[] attachment = new byte[50_000];
        List<SignedDocument> packages = new ArrayList<>();
        List<Manifests> manifests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Party to = new Party(Uscc.withCheckCharacter(String.format("11330100MB%07d", 100 + i)).value(), "南江市第" + i + "局");
            Manifests m = aManifest().from(CITY_OFFICE).to(to).withBody("正文.pdf", body)
                    .withAttachment("附件1 经费安排表.pdf", attachment);
            manifests.add(m);
            packages.add(city.sign(ExchangeXml.write(m.build())));
        }
        PackageManifest manifest = manifests.get(0).build();
        byte[] xml = ExchangeXml.write(manifest);
        Transfer transfer = new Transfer(UUID.randomUUID(), "南江市政务协同平台", packages, List.of(), List.of(),
                manifests.get(0).contents());
        FileSource files = transfer.fileSource();
        CertificateTrust uncached = pki.trust();
        CertificateTrust cached = CertificateTrust.caching(uncached, 1024);
        SignedDocument one = packages.get(0);

        System.out.printf("manifest XML: %d bytes (2 files); JDK %s, %d processors%n%n", xml.length,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| operation (one thread) | CPU per op | wall per op |");
        System.out.println("|---|---|---|");
        time("write manifest", 10_000, () -> ExchangeXml.write(manifest).length);
        time("read manifest (validated)", 10_000, () -> ExchangeXml.readManifest(xml).files().size());
        time("write + read manifest", 10_000, () -> ExchangeXml.readManifest(ExchangeXml.write(manifest)).files().size());
        time("SM2 verify alone, key parsed each time", 1_000,
                () -> Sm2Verifier.verify(one.signer().publicKey(), one.xml(), one.signature()) ? 1 : 0);
        Sm2PublicKey key = one.signer().publicKey();
        time("SM2 verify alone, same key object", 1_000, () -> Sm2Verifier.verify(key, one.xml(), one.signature()) ? 1 : 0);
        time("verifyPackage, caching trust", 1_000,
                () -> ExchangeVerifier.verifyPackage(one, files, cached, NOW).valid() ? 1 : 0);
        time("verifyPackage, uncached trust", 300,
                () -> ExchangeVerifier.verifyPackage(one, files, uncached, NOW).valid() ? 1 : 0);
        byte[] encoded = TransferCodec.encode(transfer);
        System.out.printf("%ntransfer of 200 packages + 2 files: %d bytes (%d of them files)%n%n", encoded.length,
                body.length + attachment.length);
        System.out.println("| operation (one thread) | CPU per op | wall per op |");
        System.out.println("|---|---|---|");
        time("encode transfer (200 packages)", 100, () -> TransferCodec.encode(transfer).length);
        time("decode transfer (200 packages)", 100, () -> TransferCodec.decode(encoded).packages().size());
        time("decode + verify 200 packages (new caching trust per transfer)", 10, () -> {
            Transfer t = TransferCodec.decode(encoded);
            FileSource fs = t.fileSource();
            CertificateTrust trust = CertificateTrust.caching(uncached, 64);
            int valid = 0;
            for (SignedDocument p : t.packages()) {
                valid += ExchangeVerifier.verifyPackage(p, fs, trust, NOW).valid() ? 1 : 0;
            }
            if (valid != 200) {
                throw new IllegalStateException("only " + valid + " valid");
            }
            return valid;
        });
    }

    /**
     * Warms up, then five rounds; prints the median per operation of the measuring thread's CPU time
     * (what the operation costs, whatever else the shared machine runs) and of the wall clock.
     */
    private static void time(String what, int iterations, IntSupplier op) {
        for (int i = 0; i < 2 * iterations; i++) {
            sink += op.getAsInt();
        }
        long[] cpu = new long[5];
        long[] wall = new long[5];
        for (int round = 0; round < cpu.length; round++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                sink += op.getAsInt();
            }
            wall[round] = System.nanoTime() - wallStart;
            cpu[round] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("| %s | %.1f µs | %.1f µs |%n", what, cpu[2] / 1000.0 / iterations, wall[2] / 1000.0 / iterations);
    }
}
