package cn.xietong.bench;

import cn.xietong.it.platforms.Platforms;
import cn.xietong.it.platforms.ServerProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Platform to platform (平台间交换): packages per second from the province's platform to the city's,
 * through the application, and the same message sizes through a plain Artemis producer and consumer
 * over the same two brokers and the same kind of bridge, in the same run; the ratio of the two.
 * Starts both platforms itself ({@link Platforms}, ports at {@code it.platforms.port.offset}), stops
 * them and drops their schemas at the end. Run by ear/bench/platforms.sh; not a test.
 * <pre>PlatformsBenchmark [--messages N=200] [--kb 200]</pre>
 */
public final class PlatformsBenchmark {

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        int messages = 200;
        int kb = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--kb" -> kb = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new PlatformsBenchmark().run(messages, kb);
    }

    private void run(int messages, int kb) throws Exception {
        line("# Platform to platform: %d messages of %d KB", messages, kb);
        try (Platforms platforms = Platforms.of("province", "city")) {
            ServerProcess province = platforms.get("province").env("XIETONG_DEMO_UNITS", "粤府办");
            ServerProcess city = platforms.get("city").env("XIETONG_DEMO_UNITS", "-粤府办");
            long t = System.nanoTime();
            province.start();
            city.start();
            line("Both platforms started in %.0f s (logs: %s, %s)", (System.nanoTime() - t) / 1e9, province.log(), city.log());

            PlainBridgeRun plain = new PlainBridgeRun(province, city, platforms.password("province", "city"));
            plain.setUp();
            List<Integer> sizes = new ArrayList<>(Collections.nCopies(messages, kb * 1024 + 4096));
            plain.run(sizes.subList(0, Math.min(20, sizes.size()))); // warm-up
            PlainBridgeRun.Result result = plain.run(sizes);
            line("");
            line("| path | messages | MB | seconds | per second |");
            line("| --- | ---: | ---: | ---: | ---: |");
            line("| plain JMS over the bridge | %d | %.1f | %.2f | %.1f |", result.messages(), result.bytes() / 1e6,
                    result.seconds(), result.perSecond());
        }
        Path out = Path.of("target", "benchmarks", "platforms.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
