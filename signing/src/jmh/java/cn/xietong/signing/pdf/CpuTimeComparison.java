package cn.xietong.signing.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A companion to the JMH run for a shared machine: the same benchmark methods, measured by the CPU time
 * of the measuring thread rather than by the wall clock, in short blocks interleaved across all methods
 * (A B C … A B C …), so that other processes competing for the two cores shift every method alike and
 * the ratios to the baseline stay meaningful. Reports the median CPU time per operation over the rounds.
 */
final class CpuTimeComparison {

    private static final long WARMUP_NANOS_PER_METHOD = 1_500_000_000L;
    private static final long BLOCK_CPU_NANOS = 100_000_000L;
    private static final int ROUNDS = 11;

    private CpuTimeComparison() {
    }

    static String table(String baselineName) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SigningBenchmarks bench = new SigningBenchmarks();
        bench.setUp();
        List<Method> methods = new ArrayList<>();
        for (Method m : SigningBenchmarks.class.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

        for (Method m : methods) {
            long end = System.nanoTime() + WARMUP_NANOS_PER_METHOD;
            while (System.nanoTime() < end) {
                sink.consume(call(m, bench));
            }
        }
        Map<String, double[]> nanosPerOp = new LinkedHashMap<>();
        for (Method m : methods) {
            nanosPerOp.put(m.getName(), new double[ROUNDS]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Method m : methods) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long ops = 0;
                long cpu;
                do {
                    sink.consume(call(m, bench));
                    ops++;
                    cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                } while (cpu < BLOCK_CPU_NANOS);
                nanosPerOp.get(m.getName())[round] = (double) cpu / ops;
            }
        }
        double baseline = median(nanosPerOp.get(baselineName));
        List<String> lines = new ArrayList<>();
        lines.add("| Benchmark | CPU time per op (median of " + ROUNDS + " blocks) | CPU ops/s | vs raw BC SM2 sign |");
        lines.add("|---|---|---|---|");
        for (Map.Entry<String, double[]> e : nanosPerOp.entrySet()) {
            double med = median(e.getValue());
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %.3f |", e.getKey(), human(med), 1e9 / med, baseline / med));
        }
        return String.join("\n", lines);
    }

    private static Object call(Method m, SigningBenchmarks bench) throws IllegalAccessException {
        try {
            return m.invoke(bench);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(m.getName() + " failed", e.getCause());
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String human(double nanos) {
        return nanos >= 1e6 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6) : String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
}
