package cn.xietong.signing.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the signing benchmarks and prints a Markdown table in which every result is related to the
 * raw Bouncy Castle SM2 signing throughput measured in the same run. JMH command-line options given
 * to this main override the defaults (1 fork, 3 warm-up and 5 measurement iterations of 1 s).
 */
public final class BenchmarkReport {

    private static final String BASELINE = "rawBouncyCastleSm2Sign";

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(SigningBenchmarks.class.getName());
        }
        if (!cli.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!cli.getWarmupIterations().hasValue()) {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(1));
        }
        if (!cli.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        String jmhTable = table(run(options.build()));
        String cpuTable = CpuTimeComparison.table(BASELINE);
        System.out.println();
        System.out.println("### JMH (wall clock)");
        System.out.println();
        System.out.println(jmhTable);
        System.out.println();
        System.out.println("### Thread CPU time, interleaved (same run)");
        System.out.println();
        System.out.println(cpuTable);
    }

    private static Collection<RunResult> run(Options options) throws RunnerException {
        return new Runner(options).run();
    }

    /** Operations per second for a result, whatever its mode. */
    private static double opsPerSecond(Result<?> r) {
        String unit = r.getScoreUnit();
        double score = r.getScore();
        if (unit.startsWith("ops/")) {
            return score * perSecond(unit.substring(4));
        }
        if (unit.endsWith("/op")) {
            return perSecond(unit.substring(0, unit.length() - 3)) / score;
        }
        throw new IllegalArgumentException("unit " + unit);
    }

    private static double perSecond(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "ms" -> 1e3;
            case "us" -> 1e6;
            case "ns" -> 1e9;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }

    static String table(Collection<RunResult> results) {
        double baseline = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + BASELINE))
                .mapToDouble(r -> opsPerSecond(r.getPrimaryResult()))
                .findFirst().orElse(Double.NaN);
        List<String> lines = new ArrayList<>();
        lines.add("Run " + LocalDate.now() + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), " + Runtime.getRuntime().availableProcessors() + " CPUs");
        lines.add("");
        lines.add("| Benchmark | Mode | Score | Median | Ops/s | vs raw BC SM2 sign |");
        lines.add("|---|---|---|---|---|---|");
        for (RunResult r : results) {
            Result<?> p = r.getPrimaryResult();
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String median = "";
            if (p.getStatistics().getN() > 0 && p.getScoreUnit().endsWith("/op")) {
                median = String.format(Locale.ROOT, "%.3f %s", p.getStatistics().getPercentile(50), p.getScoreUnit());
            }
            double ops = opsPerSecond(p);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f %s | %s | %.0f | %.3f |", name, r.getParams().getMode().shortLabel(),
                    p.getScore(), p.getScoreError(), p.getScoreUnit(), median, ops, ops / baseline));
        }
        return String.join("\n", lines);
    }
}
