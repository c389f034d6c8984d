package cn.xietong.bench;

import cn.xietong.it.Api;
import cn.xietong.it.platforms.PlatformClerks;
import jakarta.json.Json;
import jakarta.json.JsonString;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application side of the platform benchmark: sealed notices of 广东省人民政府办公厅 on the
 * province's platform, each with a PDF attached, sent (补发) to units on the city's platform, which
 * accept automatically. Timed from the first distribution request to the moment the city's database
 * holds every package (delivered) and to the moment the province's holds every ACCEPTED receipt
 * (the round trip). The sizes of the transfers are read back (the transfer file of a package), so
 * the plain run can send the same.
 */
final class AppExchangeRun {

    /** What one run moved and how long it took. */
    record Result(int packages, List<Integer> transferSizes, double deliveredSeconds, double acceptedSeconds) {
        double deliveredPerSecond() {
            return packages / deliveredSeconds;
        }

        double acceptedPerSecond() {
            return packages / acceptedSeconds;
        }
    }

    private final PlatformClerks province;
    private final PlatformClerks city;
    private final String clerk = PlatformClerks.PROVINCE_OFFICE.clerk();
    private String provinceUscc;
    private String cityOfficeUscc;

    AppExchangeRun(PlatformClerks province, PlatformClerks city) {
        this.province = province;
        this.city = city;
    }

    /** Each administrator trusts the other's root and routes the other's units; the city office accepts automatically. */
    void introduce() {
        province.trust(city, "hejianhua");
        city.trust(province, "zhangwei");
        provinceUscc = province.usccOf("linyating", "hejianhua");
        cityOfficeUscc = city.usccOf("wuxiuying", "zhangwei");
        province.route("hejianhua", "city", Map.of(cityOfficeUscc, "南江市人民政府办公室"));
        city.route("zhangwei", "province", Map.of(provinceUscc, "广东省人民政府办公厅"));
        autoAccept(city.unitOf("wuxiuying"));
    }

    /** Sealed notices, each with its own PDF of about {@code pdfBytes}, made ready (not yet sent). */
    List<String> prepare(int documents, int pdfBytes, long seed) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            ids.add(province.sealedNotice(PlatformClerks.PROVINCE_OFFICE, "广东省人民政府办公厅关于交换压测的通知（第" + (i + 1) + "号）",
                    BenchPdf.ofAbout(pdfBytes, seed + i)));
        }
        return ids;
    }

    /** Each document to the city office: one package per document, one transfer per package. */
    Result oneEach(List<String> documents) throws Exception {
        long before = incomingFromProvince();
        long start = System.nanoTime();
        for (String d : documents) {
            province.distribute(clerk, d, List.of(cityOfficeUscc));
        }
        return measure(documents, documents.size(), before, start);
    }

    /** One document to {@code units} units of the city (made by its benchmark endpoint, routed by the province). */
    Result fanOut(String document, int units) throws Exception {
        Api.Reply made = city.as("zhangwei").post("api/admin/benchmark-exchange-units?count=" + units, "");
        if (made.status() != 200) {
            throw new IllegalStateException("benchmark units: " + made);
        }
        Map<String, String> routes = new LinkedHashMap<>();
        made.json().getJsonArray("usccs").getValuesAs(JsonString.class).forEach(u -> routes.put(u.getString(), "压测交换单位"));
        province.route("hejianhua", "city", routes);
        long before = incomingFromProvince();
        long start = System.nanoTime();
        province.distribute(clerk, document, new ArrayList<>(routes.keySet()));
        return measure(List.of(document), units, before, start);
    }

    private Result measure(List<String> documents, int packages, long before, long start) throws Exception {
        double delivered = 0;
        long deadline = start + 1_800_000_000_000L;
        while (true) {
            if (delivered == 0 && incomingFromProvince() - before >= packages) {
                delivered = (System.nanoTime() - start) / 1e9;
            }
            if (delivered > 0 && accepted(documents) >= packages) {
                double accepted = (System.nanoTime() - start) / 1e9;
                return new Result(packages, transferSizes(documents), delivered, accepted);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all " + packages + " packages through within 30 minutes");
            }
            Thread.sleep(100);
        }
    }

    /**
     * The bytes on the wire: the transfer file of each document's first package (one package per
     * transfer), and for a fan-out the transfers of up to 200 packages that carry the files once.
     */
    private List<Integer> transferSizes(List<String> documents) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String d : documents) {
            var addressees = province.addressees(clerk, d);
            int single = transferFile(addressees.get(0).getString("packageId"));
            if (addressees.size() == 1) {
                sizes.add(single);
                continue;
            }
            int files = filesOf(d);
            int perPackage = single - files;
            for (int left = addressees.size(); left > 0; left -= 200) {
                sizes.add(files + Math.min(200, left) * perPackage);
            }
        }
        return sizes;
    }

    private int transferFile(String packageId) throws Exception {
        Api api = province.as(clerk);
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(api.request("api/exchange/packages/" + packageId
                + "/transfer-file").setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("transfer file of " + packageId + ": " + r.statusCode());
        }
        return r.body().length;
    }

    /** The official PDF and the attachments of a document, in bytes. */
    private int filesOf(String document) throws Exception {
        Api api = province.as(clerk);
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(api.request("api/documents/" + document
                + "/official-pdf").setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        int total = pdf.body().length;
        for (var a : api.get("api/documents/" + document + "/attachments").array()) {
            total += a.asJsonObject().getJsonNumber("size").intValue();
        }
        return total;
    }

    private long incomingFromProvince() throws Exception {
        try (Connection db = city.server().database();
             var ps = db.prepareStatement("select count(*) from exchange_incoming where sender_uscc = ?")) {
            ps.setString(1, provinceUscc);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long accepted(List<String> documents) throws Exception {
        try (Connection db = province.server().database();
             var ps = db.prepareStatement("select count(*) from exchange_package where state = 'ACCEPTED' and document_id = any (?)")) {
            ps.setArray(1, db.createArrayOf("uuid", documents.toArray()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void autoAccept(String unitId) {
        Api.Reply r = city.as("zhengweiming").put("api/exchange/units/" + unitId + "/settings",
                Json.createObjectBuilder().add("autoAccept", true).build().toString());
        if (r.status() != 200) {
            throw new IllegalStateException("automatic acceptance: " + r);
        }
    }
}
