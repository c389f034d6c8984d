package cn.xietong.bench;

import cn.xietong.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load client for the exchange fan-out (公文交换 一对多): makes N addressee units (exchange certificates
 * issued, automatic acceptance on), takes one notice of 南江市教育局 through its route to a sealed
 * official PDF, then distributes it (补发) to all N units at once and measures, from the distribution
 * request to the last signed receipt back at the sender: the time until every package was sent, and
 * until every package was verified, accepted by its unit and its signed ACCEPTED receipt verified and
 * applied at the sender. Each size runs on fresh units.
 * Run by ear/bench/exchange-fanout.sh; not a test.
 * <pre>ExchangeFanOutBenchmark &lt;base-url&gt; [units,units,...] [warm-up units,...]</pre>
 */
public final class ExchangeFanOutBenchmark {

    /**
     * How often the sender's summary is read while waiting: the finish times are this precise. Reading it
     * costs the server a count over the document's packages, so a faster poll measures its own load too.
     */
    private static final long POLL_MILLIS = Long.getLong("bench.poll.millis", 250);

    private final URL base;
    private final Api admin;
    private final Api clerk;
    private final StringBuilder report = new StringBuilder();

    private ExchangeFanOutBenchmark(URL base) {
        this.base = base;
        this.admin = Api.signIn(base, "zhangwei");
        this.clerk = Api.signIn(base, "sunmeiling");
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 1 ? args[1] : "1000,18000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        List<Integer> warmUp = new ArrayList<>();
        for (String s : (args.length > 2 ? args[2] : "").split(",")) {
            if (!s.isBlank()) {
                warmUp.add(Integer.parseInt(s.strip()));
            }
        }
        ExchangeFanOutBenchmark b = new ExchangeFanOutBenchmark(base);
        b.line("| addressee units | distribution request | all sent | last receipt back | deliveries per second |");
        b.line("| ---: | ---: | ---: | ---: | ---: |");
        // the same work first, on other units, so that the measured runs find the server's code compiled
        // (a fresh JVM interprets, then compiles, the exchange's paths during its first fan-outs)
        for (int n : warmUp) {
            b.run(n, "warm-up, ");
        }
        for (int n : sizes) {
            b.run(n, "");
        }
        Path out = Path.of("target/benchmarks/exchange-fanout.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.report.toString());
        System.out.println("Written to ear/" + out);
    }

    private void run(int units, String label) throws Exception {
        long t0 = System.nanoTime();
        Api.Reply made = admin.post("api/admin/benchmark-exchange-units?count=" + units, "");
        check(made, 200);
        JsonArray codes = made.json().getJsonArray("usccs");
        System.out.printf(Locale.ROOT, "%d units made in %.1f s%n", units, (System.nanoTime() - t0) / 1e9);
        String document = sealedNotice(units);

        var addressees = Json.createArrayBuilder();
        for (JsonValue c : codes) {
            addressees.add(Json.createObjectBuilder().add("uscc", ((jakarta.json.JsonString) c).getString()).add("role", "MAIN"));
        }
        String body = Json.createObjectBuilder().add("addressees", addressees).build().toString();
        Instant start = Instant.now();
        long t = System.nanoTime();
        Api.Reply distributed = clerk.post("api/exchange/distributions/" + document, body);
        check(distributed, 200);
        double request = (System.nanoTime() - t) / 1e9;
        double allSent = -1;
        double lastReceipt;
        while (true) {
            JsonObject counts = summary(document);
            long sent = counts.getJsonNumber("total").longValue() - counts.getJsonNumber("queued").longValue();
            if (allSent < 0 && sent >= units) {
                allSent = (System.nanoTime() - t) / 1e9;
            }
            long accepted = counts.getJsonNumber("accepted").longValue();
            long failed = counts.getJsonNumber("failed").longValue();
            if (failed > 0) {
                throw new IllegalStateException(failed + " packages failed: " + counts);
            }
            if (accepted >= units) {
                lastReceipt = (System.nanoTime() - t) / 1e9;
                break;
            }
            if ((System.nanoTime() - t) / 1e9 > 600) {
                throw new IllegalStateException("not done in 10 minutes: " + counts);
            }
            Thread.sleep(POLL_MILLIS);
        }
        line(String.format(Locale.ROOT, label.isEmpty() ? "| %s%,d | %.2f s | %.2f s | **%.2f s** | %,.0f |"
                        : "| %s%,d | %.2f s | %.2f s | %.2f s | %,.0f |", label, units, request, allSent, lastReceipt,
                units / lastReceipt));
        System.out.println("started " + start);
    }

    private JsonObject summary(String document) {
        Api.Reply r = clerk.get("api/exchange/sent?size=50");
        check(r, 200);
        return r.array().stream().map(JsonValue::asJsonObject).filter(d -> d.getString("documentId").equals(document))
                .findFirst().orElseThrow().getJsonObject("counts");
    }

    /** A notice of 教育局 through 核稿, 签发, 编号, 排版, 用印 and 分发 (to 南江市财政局). */
    private String sealedNotice(int units) {
        Api drafter = Api.signIn(base, "zhaozihao");
        String finance = Api.signIn(base, "guoshuzhen").get("api/me").json().getString("unitId");
        Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                .add("title", "南江市教育局关于做好" + units + "个单位交换压测的通知")
                .add("mainAddressees", Json.createArrayBuilder().add(finance))
                .add("body", "<p>现将有关事项通知如下。</p><p>请各单位认真贯彻落实。</p>")
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        check(draft, 201);
        String document = draft.json().getString("id");
        Api.Reply submitted = drafter.post("api/workflow/instances", "{\"documentId\": \"" + document + "\"}");
        check(submitted, 201);
        String instance = submitted.json().getString("id");
        Api sealAdmin = Api.signIn(base, "zhuwenbin");
        Api.Reply seal = sealAdmin.post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(sealAdmin.get("api/me").json().getString("personId")))
                .build().toString());
        check(seal, 201);
        for (String[] step : new String[][]{{"yanghuimin", "同意"}, {"liujianguo", "同意印发"}, {"sunmeiling", null},
                {"sunmeiling", null}, {"zhuwenbin", null}, {"sunmeiling", null}}) {
            Api.Reply r = Api.signIn(base, step[0]).approveTaskOf(instance, step[1],
                    step[0].equals("zhuwenbin") ? seal.json().getString("id") : null);
            if (r.status() != 200 && r.status() != 204) {
                throw new IllegalStateException(step[0] + ": " + r);
            }
        }
        return document;
    }

    private static void check(Api.Reply r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + r);
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
