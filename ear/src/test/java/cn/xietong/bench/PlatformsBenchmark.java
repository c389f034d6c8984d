package cn.xietong.bench;

import cn.xietong.it.platforms.PlatformClerks;
import cn.xietong.it.platforms.Platforms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Platform to platform (平台间交换): packages per second from the province's platform to the city's,
 * through the application, and the same message sizes through a plain Artemis producer and consumer
 * over the same two brokers and the same kind of bridge, in the same run; the ratio of the two.
 * Starts both platforms itself ({@link Platforms}, ports at {@code it.platforms.port.offset}), stops
 * them and drops their schemas at the end. Run by ear/bench/platforms.sh; not a test.
 * <pre>PlatformsBenchmark [--documents N=30] [--kb 200] [--fan-out U=1000]</pre>
 */
public final class PlatformsBenchmark {

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        int documents = 30;
        int kb = 200;
        int fanOut = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--documents" -> documents = Integer.parseInt(args[++i]);
                case "--kb" -> kb = Integer.parseInt(args[++i]);
                case "--fan-out" -> fanOut = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (--documents N --kb K --fan-out U)");
            }
        }
        new PlatformsBenchmark().run(documents, kb, fanOut);
    }

    private void run(int documents, int kb, int fanOut) throws Exception {
        line("# Platform to platform: %d documents with a %d KB PDF one each, and one to %d units", documents, kb, fanOut);
        line("");
        line("Load average at the start: %s", loadAverage());
        try (Platforms platforms = Platforms.of("province", "city")) {
            platforms.get("province").env("XIETONG_DEMO_UNITS", "粤府办");
            platforms.get("city").env("XIETONG_DEMO_UNITS", "-粤府办");
            long t = System.nanoTime();
            platforms.start("province", "city");
            line("Both platforms started in %.0f s (logs in ear/target/platforms/)", (System.nanoTime() - t) / 1e9);
            PlatformClerks province = new PlatformClerks(platforms.get("province"));
            PlatformClerks city = new PlatformClerks(platforms.get("city"));

            AppExchangeRun app = new AppExchangeRun(province, city);
            app.introduce();
            PlainBridgeRun plain = new PlainBridgeRun(platforms.get("province"), platforms.get("city"),
                    platforms.password("province", "city"));
            plain.setUp();

            t = System.nanoTime();
            int warmUp = 3;
            List<String> docs = app.prepare(warmUp + documents + 1, kb * 1024, 7);
            line("%d sealed notices with their PDFs prepared in %.0f s", docs.size(), (System.nanoTime() - t) / 1e9);
            AppExchangeRun.Result warm = app.oneEach(docs.subList(0, warmUp));
            plain.run(warm.transferSizes());

            AppExchangeRun.Result one = app.oneEach(docs.subList(warmUp, warmUp + documents));
            PlainBridgeRun.Result plainOne = plain.run(one.transferSizes());
            AppExchangeRun.Result fan = app.fanOut(docs.get(docs.size() - 1), fanOut);
            PlainBridgeRun.Result plainFan = plain.run(fan.transferSizes());

            line("");
            line("| scenario | packages | transfers | MB | app: all delivered, s | app: packages/s delivered | app: all ACCEPTED back, s "
                    + "| plain JMS, s | plain: packages/s | app / plain |");
            line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            row("one document, one addressee each", one, plainOne);
            row("one document to " + fanOut + " units", fan, plainFan);
            line("");
            line("Load average at the end: %s", loadAverage());
        }
        Path out = Path.of("target", "benchmarks", "platforms.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private void row(String scenario, AppExchangeRun.Result app, PlainBridgeRun.Result plain) {
        double plainRate = app.packages() / plain.seconds();
        line("| %s | %d | %d | %.1f | %.2f | %.1f | %.2f | %.2f | %.1f | %.2f |", scenario, app.packages(),
                app.transferSizes().size(), plain.bytes() / 1e6, app.deliveredSeconds(), app.deliveredPerSecond(),
                app.acceptedSeconds(), plain.seconds(), plainRate, app.deliveredPerSecond() / plainRate);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
