package cn.xietong.bench;

import cn.xietong.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Load client for the outgoing-document flow at scale: loads the 36,638-person benchmark city and
 * {@code documents} outgoing documents with their workflow (server side, {@code POST
 * /api/admin/benchmark-documents}) if they are not there, checks that the busy people's to-do lists
 * hold what was loaded, then measures over HTTP, with {@code GET /api/me} as the baseline:
 * <ol>
 *   <li>the to-do list and the to-do counts of busy people of the demo city office (leader, clerk,
 *       reviewer) at concurrency 1 and 4;</li>
 *   <li>approving review (核稿) tasks of loaded documents;</li>
 *   <li>real documents driven through 签发 → 编号 → 排版 → 用印 → 分发: the time of each approval
 *       (排版 does the GB/T 9704 layout, 用印 the SM2 seal), and sealing the laid-out PDF alone
 *       through the seal API side by side;</li>
 *   <li>bad inputs and wrong states while the to-do load runs: every answer must be 4xx, never 5xx.</li>
 * </ol>
 * Run by ear/bench/document-flow.sh; not a test.
 * <pre>DocumentFlowBenchmark &lt;base-url&gt; [documents] [requests-per-kind] [flow-documents]</pre>
 * With flow-documents 0 it measures the to-do lists only (no approvals, no flow, no bad inputs).
 */
public final class DocumentFlowBenchmark {

    private static final int CITY_PEOPLE = 36_638;
    /**
     * Documents per loader request: all at once, so that the server loads them in bulk (indexes
     * and foreign keys built once at the end) rather than in slices onto a growing table.
     */
    private static final int SLICE = 2_000_000;
    private static final String[] BUSY = {"liguodong", "wuxiuying", "zhoulijuan"};

    private final URL base;
    private final Map<String, Api> apis = new ConcurrentHashMap<>();
    private final StringBuilder report = new StringBuilder();

    private DocumentFlowBenchmark(URL base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/").toURL();
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int flowDocuments = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        new DocumentFlowBenchmark(base).run(documents, requests, flowDocuments);
    }

    private Api as(String login) {
        return apis.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    private void run(int documents, int requests, int flowDocuments) throws Exception {
        Api admin = as("zhangwei");
        long people = admin.get("api/address-book?size=1").json().getJsonNumber("total").longValue();
        if (people < CITY_PEOPLE) {
            long t0 = System.nanoTime();
            Api.Reply city = admin.post("api/admin/benchmark-city?people=" + CITY_PEOPLE, "");
            check(city.status() == 200, "loading the benchmark city failed: " + city);
            out("Loaded benchmark city: %s (request %.1f s)%n", city.body(), (System.nanoTime() - t0) / 1e9);
        }
        JsonObject status = load(admin, documents);
        out("%nData: %,d documents (%,d running), %,d tasks (%,d open), %,d history entries, %,d numbers, %,d units%n",
                num(status, "documents"), num(status, "running"), num(status, "tasks"), num(status, "openTasks"),
                num(status, "historyEntries"), num(status, "numbers"), num(status, "units"));
        JsonObject expected = status.getJsonObject("focusTodo");
        checkTodoLists(expected);

        report.append(String.format(Locale.ROOT, "%n### To-do list at %,d documents%n%n", num(status, "documents")));
        List<Api> busy = Arrays.stream(BUSY).map(this::as).toList();
        Map<String, Function<Integer, String>> kinds = new LinkedHashMap<>();
        kinds.put("baseline: GET /api/me", i -> "api/me");
        kinds.put("GET /api/workflow/tasks/todo", i -> "api/workflow/tasks/todo");
        kinds.put("GET /api/todo-counts", i -> "api/todo-counts");
        latencyTable("busy people " + String.join(", ", BUSY) + " in turn", busy, kinds, requests, new int[]{1, 4});
        ServerCpu cpu = ServerCpu.fromSystemProperties();
        if (cpu != null) {
            cpuTable(cpu, busy, kinds, requests);
        }
        for (String login : BUSY) {
            Map<String, Function<Integer, String>> one = new LinkedHashMap<>();
            one.put("baseline: GET /api/me", i -> "api/me");
            one.put("GET /api/workflow/tasks/todo", i -> "api/workflow/tasks/todo");
            latencyTable(login + " (" + expected.getInt(login, -1) + " open tasks to act on)", List.of(as(login)), one,
                    requests / 2, new int[]{1});
        }

        if (flowDocuments > 0) { // 0: the to-do lists only (e.g. before and after a change, on the same data)
            List<String> approvedTasks = approveReviews(Math.min(200, requests / 2));
            flow(flowDocuments);
            badInputs(approvedTasks);
        }

        System.out.println(report);
        Path file = Path.of("target", "benchmarks", "document-flow.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println("Report: " + file.toAbsolutePath());
    }

    // ---- data ----

    private JsonObject load(Api admin, int documents) {
        JsonObject status = admin.get("api/admin/benchmark-documents").json();
        int have = status.getInt("documents");
        if (have >= documents) {
            out("The server already holds %,d documents (wanted %,d); not loading.%n", have, documents);
            return status;
        }
        int missing = documents - have;
        long wall = System.nanoTime();
        long serverMillis = 0;
        int seed = 20261123 + have;
        for (int done = 0; done < missing; ) {
            int n = Math.min(SLICE, missing - done);
            Api.Reply r;
            try {
                r = admin.send(admin.request("api/admin/benchmark-documents?count=" + n + "&seed=" + (seed + done))
                        .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()));
            } catch (AssertionError lost) {
                // WildFly may close a connection that carries one request for minutes: the load goes on. The
                // status waits for it (a bulk load locks the tables); its time is in the server log.
                out("  the loader's answer was lost (%s); waiting for the documents%n", lost.getMessage());
                r = null;
                for (int wait = 0; wait < 180 && admin.get("api/admin/benchmark-documents").json().getInt("documents") < have + done + n; wait++) {
                    sleep(10_000);
                }
            }
            check(r == null || r.status() == 200, "loading documents failed: " + r);
            done += n;
            serverMillis += r == null ? 0 : r.json().getJsonNumber("elapsedMillis").longValue();
            out("  loaded %,d / %,d documents (%.1f s so far)%n", done, missing, (System.nanoTime() - wall) / 1e9);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        out("Loaded %,d documents in %.1f s (%.0f documents/s; server time %.1f s)%n", missing, seconds, missing / seconds,
                serverMillis / 1e3);
        report.append(String.format(Locale.ROOT, "Loader: %,d documents in %.1f s (%.0f documents/s), %d requests of up to %,d%n",
                missing, seconds, missing / seconds, (missing + SLICE - 1) / SLICE, SLICE));
        return admin.get("api/admin/benchmark-documents").json();
    }

    /** The to-do lists show what was loaded: own and role tasks, counted in full; the first page holds 50. */
    private void checkTodoLists(JsonObject expected) {
        report.append("\n| person | open tasks to act on (database) | to-do total | of them own/role | supervision | todo-counts |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String login : BUSY) {
            Api.Reply r = as(login).get("api/workflow/tasks/todo");
            check(r.status() == 200, login + " to-do: " + r);
            JsonObject page = r.json();
            long own = page.getJsonNumber("own").longValue();
            long total = page.getJsonNumber("total").longValue();
            int want = expected.getInt(login);
            int counts = as(login).get("api/todo-counts").json().getInt("todo");
            check(own == want, login + ": " + own + " own/role items, " + want + " expected");
            check(page.getJsonArray("items").size() == Math.min(50, total), login + ": the first page holds 50 items");
            check(counts == own, login + ": todo-counts " + counts + " but the list has " + own);
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", login, want, total, own,
                    total - own, counts));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- latency ----

    /**
     * The kinds are measured interleaved — each thread sends one request of every kind in turn — so
     * that the other work on this shared machine slows every kind alike and the ratios to the
     * baseline stay meaningful.
     */
    private void latencyTable(String title, List<Api> readers, Map<String, Function<Integer, String>> kinds, int requests,
                              int[] concurrencies) throws Exception {
        report.append("\n").append(title).append("\n\n");
        report.append("| request | concurrency | requests | p50 ms | p90 ms | p99 ms | max ms | p50 / baseline | p99 / baseline |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<Function<Integer, String>> paths = new ArrayList<>(kinds.values());
        List<String> names = new ArrayList<>(kinds.keySet());
        for (int c : concurrencies) {
            ExecutorService pool = Executors.newFixedThreadPool(c);
            measure(pool, readers, paths, Math.max(20, requests / 5), c); // warm-up
            double[][] ms = measure(pool, readers, paths, requests, c);
            pool.shutdown();
            double baseP50 = 0;
            double baseP99 = 0;
            for (int k = 0; k < names.size(); k++) {
                double[] sorted = ms[k];
                Arrays.sort(sorted);
                double p50 = pct(sorted, 50);
                double p99 = pct(sorted, 99);
                if (k == 0) {
                    baseP50 = p50;
                    baseP99 = p99;
                }
                report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f× | %.1f× |%n",
                        names.get(k), c, sorted.length, p50, pct(sorted, 90), p99, sorted[sorted.length - 1], p50 / baseP50,
                        p99 / baseP99));
            }
        }
        System.out.print(report.substring(report.lastIndexOf("\n" + title)));
    }

    /** Server CPU per request, each kind on its own, one request at a time (the busy people in turn). */
    private void cpuTable(ServerCpu cpu, List<Api> readers, Map<String, Function<Integer, String>> kinds, int requests)
            throws Exception {
        String title = "Server CPU per request (WildFly JVM + its PostgreSQL backends, from /proc; concurrency 1, busy people in turn)";
        report.append("\n").append(title).append("\n\n");
        report.append("| request | requests | JVM CPU ms | PostgreSQL CPU ms | total CPU ms | total / baseline | wall p50 ms |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        ExecutorService pool = Executors.newFixedThreadPool(1);
        double baseline = 0;
        for (var kind : kinds.entrySet()) {
            measure(pool, readers, List.of(kind.getValue()), 20, 1);
            ServerCpu.Snapshot before = cpu.snapshot();
            double[] ms = measure(pool, readers, List.of(kind.getValue()), requests, 1)[0];
            long[] used = cpu.snapshot().since(before);
            Arrays.sort(ms);
            double jvm = used[0] / 1e6 / requests;
            double pg = used[1] / 1e6 / requests;
            if (baseline == 0) {
                baseline = jvm + pg;
            }
            report.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f× | %.1f |%n", kind.getKey(), requests,
                    jvm, pg, jvm + pg, (jvm + pg) / baseline, pct(ms, 50)));
        }
        pool.shutdown();
        System.out.print(report.substring(report.lastIndexOf("\n" + title)));
    }

    private static double[][] measure(ExecutorService pool, List<Api> readers, List<Function<Integer, String>> paths, int n,
                                      int threads) throws Exception {
        double[][] ms = new double[paths.size()][n];
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < n; i += threads) {
                    Api reader = readers.get(i % readers.size());
                    for (int k = 0; k < paths.size(); k++) {
                        String p = paths.get(k).apply(i);
                        long start = System.nanoTime();
                        Api.Reply r = reader.get(p);
                        ms[k][i] = (System.nanoTime() - start) / 1e6;
                        check(r.status() == 200, p + " -> " + r);
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

    // ---- approving ----

    /** Approves review (核稿) tasks of loaded documents, one after another; returns the approved task ids. */
    private List<String> approveReviews(int n) {
        Api reviewer = as("zhoulijuan");
        List<String> ids = reviewer.get("api/workflow/tasks/todo?size=200").items().stream().map(JsonValue::asJsonObject)
                .filter(t -> "REVIEW".equals(t.getString("stepType", "")) && !t.getString("relation").equals("SUPERVISION"))
                .map(t -> t.getString("id")).toList();
        check(ids.size() > 1, "zhoulijuan has too few review tasks to approve: " + ids.size());
        ids = ids.subList(0, Math.min(n, ids.size() - 1)); // one stays open for the bad-input cases
        double[] ms = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long start = System.nanoTime();
            Api.Reply r = reviewer.post("api/workflow/tasks/" + ids.get(i) + "/approve", "{\"opinion\":\"同意。\"}");
            ms[i] = (System.nanoTime() - start) / 1e6;
            check(r.status() == 204 || r.status() == 200, "approve " + ids.get(i) + ": " + r);
        }
        Arrays.sort(ms);
        double[] me = new double[ids.size()];
        for (int i = 0; i < me.length; i++) {
            long start = System.nanoTime();
            reviewer.get("api/me");
            me[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(me);
        report.append("\n### Approving a step (核稿 of loaded documents, zhoulijuan, one at a time)\n\n");
        report.append("| request | requests | p50 ms | p90 ms | p99 ms | max ms | p50 / baseline |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        report.append(row("baseline: GET /api/me", me, pct(me, 50)));
        report.append(row("POST /api/workflow/tasks/{id}/approve", ms, pct(me, 50)));
        System.out.print(report.substring(report.lastIndexOf("\n### Approving")));
        return ids;
    }

    // ---- the outgoing document: sign-off, number, layout, seal ----

    private void flow(int n) throws Exception {
        Api sealAdmin = as("zhengweiming");
        String sealAdminId = sealAdmin.get("api/me").json().getString("personId");
        Api.Reply seal = sealAdmin.post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(sealAdminId)).build().toString());
        String sealId;
        if (seal.status() == 201) {
            sealId = seal.json().getString("id");
        } else { // a second run: the unit's seal exists already
            sealId = sealAdmin.get("api/seals").array().stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.toString().contains("公文专用章")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seal: " + seal)).getString("id");
        }
        Api drafter = as("wanghaoran");
        String unit = drafter.get("api/me").json().getString("unitId");
        String addressee = as("liujianguo").get("api/me").json().getString("unitId");
        String[] steps = {"核稿", "签发", "编号", "排版", "用印", "分发"};
        String[] actors = {"zhoulijuan", "liguodong", "wuxiuying", "wuxiuying", "zhengweiming", "wuxiuying"};
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String s : steps) {
            times.put(s, new double[n]);
        }
        double[] sealAlone = new double[n];
        HttpClient http = HttpClient.newHttpClient();
        StringBuilder body = new StringBuilder("<p>为切实做好今冬明春安全生产工作，现就有关事项通知如下。</p>");
        for (int p = 1; p <= 12; p++) {
            body.append("<p>").append(p).append("、各单位要压紧压实安全生产责任，开展隐患排查整治，建立问题清单和整改台账，")
                    .append("确保各项措施落实到位。请于12月底前完成自查并报送情况。</p>");
        }
        for (int d = 0; d < n; d++) {
            Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                    .add("title", "南江市人民政府办公室关于做好冬季安全生产工作的通知（基准测试" + (d + 1) + "）")
                    .add("mainAddressees", Json.createArrayBuilder().add(addressee)).add("body", body.toString())
                    .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
            check(draft.status() == 201, "draft: " + draft);
            String documentId = draft.json().getString("id");
            Api.Reply submitted = drafter.post("api/workflow/instances", "{\"documentId\":\"" + documentId + "\"}");
            check(submitted.status() == 201, "submit: " + submitted);
            String instance = submitted.json().getString("id");
            for (int s = 0; s < steps.length; s++) {
                if (steps[s].equals("用印")) {
                    // Side by side: the laid-out PDF sealed alone through the seal API (same seal, same signer).
                    HttpResponse<byte[]> pdf = http.send(drafter.request("api/documents/" + documentId + "/official-pdf")
                            .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    check(pdf.statusCode() == 200, "official pdf " + pdf.statusCode());
                    long start = System.nanoTime();
                    HttpResponse<byte[]> sealed = http.send(sealAdmin.request("api/seals/" + sealId + "/applications?page=1")
                            .setHeader("Accept", "application/pdf").header("Content-Type", "application/pdf")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body())).build(), HttpResponse.BodyHandlers.ofByteArray());
                    sealAlone[d] = (System.nanoTime() - start) / 1e6;
                    check(sealed.statusCode() == 200, "sealing alone: " + sealed.statusCode() + " " + new String(sealed.body()));
                }
                String task = openTask(drafter, instance);
                String json = steps[s].equals("用印") ? "{\"sealId\":\"" + sealId + "\"}" : "{\"opinion\":\"同意。\"}";
                long start = System.nanoTime();
                Api.Reply r = as(actors[s]).post("api/workflow/tasks/" + task + "/approve", json);
                times.get(steps[s])[d] = (System.nanoTime() - start) / 1e6;
                check(r.status() == 204 || r.status() == 200, steps[s] + " by " + actors[s] + ": " + r);
            }
            check("COMPLETED".equals(drafter.get("api/workflow/instances/" + instance).json().getString("state")),
                    "document " + documentId + " not completed");
        }
        report.append(String.format(Locale.ROOT, "%n### One document through the flow (%d 通知 of 13 paragraphs, one at a time)%n%n", n));
        report.append("| approval (what the server does in it) | n | median ms | p90 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        Map<String, String> what = Map.of("核稿", "opinion only", "签发", "leader's SM2 signature over the content SM3",
                "编号", "number from the locked counter", "排版", "GB/T 9704 layout to PDF", "用印",
                "SM2 seal (GB/T 38540) on the laid-out PDF", "分发", "record");
        for (var e : times.entrySet()) {
            double[] ms = e.getValue().clone();
            Arrays.sort(ms);
            report.append(String.format(Locale.ROOT, "| %s (%s) | %d | %.1f | %.1f | %.1f |%n", e.getKey(), what.get(e.getKey()),
                    n, pct(ms, 50), pct(ms, 90), ms[n - 1]));
        }
        double[] alone = sealAlone.clone();
        Arrays.sort(alone);
        report.append(String.format(Locale.ROOT, "| side by side: POST /api/seals/{id}/applications on the laid-out PDF | %d | %.1f | %.1f | %.1f |%n",
                n, pct(alone, 50), pct(alone, 90), alone[n - 1]));
        System.out.print(report.substring(report.lastIndexOf("\n### One document")));
    }

    private static String openTask(Api viewer, String instance) {
        return viewer.get("api/workflow/instances/" + instance).json().getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("state").equals("OPEN")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open task in " + instance)).getString("id");
    }

    // ---- bad inputs and wrong states, under load ----

    private record Bad(String what, String login, String method, String path, String body) {
    }

    private void badInputs(List<String> approvedTasks) throws Exception {
        List<JsonObject> clerkTodo = as("wuxiuying").get("api/workflow/tasks/todo?size=200").items().stream().map(JsonValue::asJsonObject)
                .filter(t -> !t.getString("relation").equals("SUPERVISION")).toList();
        String layoutTask = clerkTodo.stream().filter(t -> "LAYOUT".equals(t.getString("stepType", ""))).map(t -> t.getString("id"))
                .findFirst().orElse(null);
        String leaderTask = as("liguodong").get("api/workflow/tasks/todo?size=200").items().stream().map(JsonValue::asJsonObject)
                .filter(t -> "SIGN_OFF".equals(t.getString("stepType", ""))).map(t -> t.getString("id")).findFirst().orElse(null);
        String reviewTask = as("zhoulijuan").get("api/workflow/tasks/todo?size=200").items().stream().map(JsonValue::asJsonObject)
                .filter(t -> "REVIEW".equals(t.getString("stepType", ""))).map(t -> t.getString("id")).findFirst()
                .orElse(approvedTasks.get(0));
        String random = UUID.randomUUID().toString();
        List<Bad> cases = new ArrayList<>(List.of(
                new Bad("task id not a UUID", "zhoulijuan", "POST", "api/workflow/tasks/12345/approve", "{}"),
                new Bad("task id unknown", "zhoulijuan", "POST", "api/workflow/tasks/" + random + "/approve", "{}"),
                new Bad("task already approved", "zhoulijuan", "POST", "api/workflow/tasks/" + approvedTasks.get(0) + "/approve", "{}"),
                new Bad("return without a reason", "zhoulijuan", "POST", "api/workflow/tasks/" + reviewTask + "/return", "{}"),
                new Bad("opinion not JSON", "zhoulijuan", "POST", "api/workflow/tasks/" + approvedTasks.get(0) + "/approve", "{同意"),
                new Bad("instance id not a UUID", "liguodong", "GET", "api/workflow/instances/abc", null),
                new Bad("instance unknown", "liguodong", "GET", "api/workflow/instances/" + random, null),
                new Bad("submit an unknown document", "wanghaoran", "POST", "api/workflow/instances", "{\"documentId\":\"" + random + "\"}"),
                new Bad("submit with a malformed id", "wanghaoran", "POST", "api/workflow/instances", "{\"documentId\":\"x-1\"}"),
                new Bad("document id not a UUID", "wanghaoran", "GET", "api/documents/not-a-uuid", null),
                new Bad("document unknown", "wanghaoran", "GET", "api/documents/" + random, null),
                new Bad("seal unknown", "zhengweiming", "POST", "api/seals/" + random + "/applications?page=1", "%PDF-1.7"),
                new Bad("loader: count not a number", "zhangwei", "POST", "api/admin/benchmark-documents?count=many", ""),
                new Bad("loader: count 0", "zhangwei", "POST", "api/admin/benchmark-documents?count=0", ""),
                new Bad("loader: not a platform admin", "liguodong", "POST", "api/admin/benchmark-documents?count=1", "")));
        if (leaderTask != null) {
            cases.add(new Bad("someone else's task (reviewer approves a sign-off)", "zhoulijuan", "POST",
                    "api/workflow/tasks/" + leaderTask + "/approve", "{}"));
        }
        if (layoutTask != null) {
            cases.add(new Bad("排版 of a loaded document without a sign-off signature", "wuxiuying", "POST",
                    "api/workflow/tasks/" + layoutTask + "/approve", "{}"));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger background = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> loaders = new ArrayList<>();
        for (String login : BUSY) {
            loaders.add(load.submit(() -> {
                while (!stop.get()) {
                    check(as(login).get("api/workflow/tasks/todo").status() == 200, "to-do under bad inputs");
                    background.incrementAndGet();
                }
                return null;
            }));
        }
        int rounds = 10;
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        int serverErrors = 0;
        for (int round = 0; round < rounds; round++) {
            for (Bad b : cases) {
                Api api = as(b.login());
                boolean pdf = b.path().contains("/applications");
                Api.Reply r = b.method().equals("GET") ? api.get(b.path())
                        : api.send(api.request(b.path()).setHeader("Accept", pdf ? "application/pdf, application/problem+json" : "application/json")
                        .header("Content-Type", pdf ? "application/pdf" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(b.body())));
                statuses.computeIfAbsent(b.what(), k -> new LinkedHashMap<>()).merge(r.status(), 1, Integer::sum);
                codes.putIfAbsent(b.what(), r.isProblem() ? r.code() + ": " + r.json().getString("detail", "") : r.body());
                if (r.status() >= 500) {
                    serverErrors++;
                }
            }
        }
        stop.set(true);
        for (Future<?> f : loaders) {
            f.get();
        }
        load.shutdown();
        report.append(String.format(Locale.ROOT, "%n### Bad inputs and wrong states (%d rounds of %d cases, while %d to-do requests ran alongside)%n%n",
                rounds, cases.size(), background.get()));
        report.append("| case | statuses | code: message (first answer) |\n| --- | --- | --- |\n");
        int notClientError = 0;
        for (Bad b : cases) {
            Map<Integer, Integer> s = statuses.get(b.what());
            notClientError += s.entrySet().stream().filter(e -> e.getKey() < 400 || e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
            String message = codes.get(b.what()).replace("|", "\\|").replace("\n", " ");
            report.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", b.what(), s,
                    message.length() > 140 ? message.substring(0, 140) + "…" : message));
        }
        report.append(String.format(Locale.ROOT, "%n5xx answers: %d; answers outside 4xx: %d (of %d)%n", serverErrors, notClientError,
                rounds * cases.size()));
        System.out.print(report.substring(report.lastIndexOf("\n### Bad inputs")));
        check(notClientError == 0, notClientError + " answers outside 4xx");
    }

    // ---- helpers ----

    private static String row(String what, double[] sorted, double baselineP50) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f× |%n", what, sorted.length, pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1], pct(sorted, 50) / baselineP50);
    }

    private static long num(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private void out(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
