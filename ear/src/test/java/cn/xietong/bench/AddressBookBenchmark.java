package cn.xietong.bench;

import cn.xietong.it.Api;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Load client for the address book (电子通信录) at city scale: loads the 36,638-person benchmark
 * city if it is not there, then measures search latency over HTTP as the UI calls it, with the
 * cheapest signed-in request ({@code GET /api/me}) measured side by side as the baseline.
 * Run by ear/bench/address-book.sh; not a test.
 * <pre>AddressBookBenchmark &lt;base-url&gt; [requests-per-kind] [concurrency]</pre>
 */
public final class AddressBookBenchmark {

    private static final int CITY_PEOPLE = 36_638;

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/").toURL();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;

        Api admin = Api.signIn(base, "zhangwei");
        long total = admin.get("api/address-book?size=1").json().getJsonNumber("total").longValue();
        if (total < CITY_PEOPLE) {
            long t0 = System.nanoTime();
            Api.Reply city = admin.post("api/admin/benchmark-city?people=" + CITY_PEOPLE, "");
            if (city.status() != 200) {
                throw new IllegalStateException("loading the benchmark city failed: " + city);
            }
            System.out.printf("Loaded benchmark city: %s (request %.1f s)%n", city.body(), (System.nanoTime() - t0) / 1e9);
            total = admin.get("api/address-book?size=1").json().getJsonNumber("total").longValue();
        }
        System.out.printf("Address book holds %,d people%n", total);

        // Real queries: names, units and departments sampled from the address book itself.
        Random random = new Random(20261123);
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        int pages = (int) Math.min(200, total / 100);
        for (int i = 0; i < 40; i++) {
            int page = 1 + random.nextInt(Math.max(1, pages));
            for (var item : admin.get("api/address-book?size=100&page=" + page).json().getJsonArray("items")) {
                JsonObject p = item.asJsonObject();
                names.add(p.getString("name"));
                units.add(p.getString("unitId"));
                if (p.get("departmentId") instanceof jakarta.json.JsonString) {
                    departments.add(p.getString("departmentId"));
                }
            }
        }
        // Readers from several demo units (the mobile column depends on the reader's unit).
        List<Api> readers = Arrays.stream(new String[]{"liguodong", "liujianguo", "chengweidong", "cuiyongqiang"})
                .map(login -> Api.signIn(base, login)).toList();

        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("baseline: GET /api/me", i -> "api/me");
        kinds.put("full name (姓名)", i -> "api/address-book?q=" + enc(names.get(random(i, names.size()))));
        kinds.put("surname + 1st character", i -> "api/address-book?q=" + enc(prefix(names.get(random(i, names.size())), 2)));
        kinds.put("one character", i -> "api/address-book?q=" + enc(names.get(random(i, names.size())).substring(1, 2)));
        kinds.put("unit filter", i -> "api/address-book?unitId=" + units.get(random(i, units.size())));
        kinds.put("department filter", i -> "api/address-book?departmentId=" + departments.get(random(i, departments.size())));
        kinds.put("name within unit", i -> "api/address-book?unitId=" + units.get(random(i, units.size()))
                + "&q=" + enc(prefix(names.get(random(i + 7, names.size())), 1)));
        kinds.put("browse, page 1..100", i -> "api/address-book?page=" + (1 + random(i, 100)));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "| query | requests | p50 ms | p90 ms | p99 ms | max ms | p50 / baseline |%n"));
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        double baselineP50 = 0;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (var kind : kinds.entrySet()) {
            run(pool, readers, kind.getValue(), requests / 5, concurrency); // warm-up
            double[] ms = run(pool, readers, kind.getValue(), requests, concurrency);
            Arrays.sort(ms);
            double p50 = pct(ms, 50);
            if (baselineP50 == 0) {
                baselineP50 = p50;
            }
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f× |%n", kind.getKey(),
                    ms.length, p50, pct(ms, 90), pct(ms, 99), ms[ms.length - 1], p50 / baselineP50));
        }
        pool.shutdown();
        System.out.printf("%nConcurrency %d, %,d people, %s%n%n%s", concurrency, total, base, report);
        Path out = Path.of("target", "benchmarks", "address-book.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static double[] run(ExecutorService pool, List<Api> readers, IntFunction<String> path, int n, int threads)
            throws Exception {
        double[] ms = new double[n];
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Api reader = readers.get(thread % readers.size());
                for (int i = thread; i < n; i += threads) {
                    String p = path.apply(i);
                    long start = System.nanoTime();
                    Api.Reply r = reader.get(p);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    if (r.status() != 200) {
                        throw new IllegalStateException(p + " -> " + r);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return ms;
    }

    private static int random(int i, int bound) {
        return Math.floorMod(new Random(i * 7919L).nextInt(), bound);
    }

    private static String prefix(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
