package cn.xietong.it.platforms;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.xietong.it.platforms.PlatformClerks.PROVINCE_OFFICE;
import static cn.xietong.it.platforms.PlatformClerks.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly once across the bridge, through two power cuts: the province's platform sends one sealed
 * notice to 1,000 units of the city's platform (automatic acceptance on); the city's server is killed
 * (SIGKILL) while the packages arrive, then — once receipts flow back — the province's; both start
 * again. Every city unit has the package once, the province tracks 1,000 ACCEPTED, each with a valid
 * receipt. Two platforms and three extra starts (2–4 minutes here) on top of ExchangeCrashIT, so it
 * runs on request: {@code -Dit.crash.platforms=true} (README).
 */
@EnabledIfSystemProperty(named = "it.crash.platforms", matches = "true")
class ExchangeCrashBetweenPlatformsIT {

    private static final int UNITS = Integer.getInteger("it.crash.units", 1000);

    private static Platforms platforms;
    private static PlatformClerks province;
    private static PlatformClerks city;

    @BeforeAll
    static void start() throws Exception {
        platforms = Platforms.of("province", "city");
        platforms.get("province").env("XIETONG_DEMO_UNITS", "粤府办");
        platforms.get("city").env("XIETONG_DEMO_UNITS", "-粤府办");
        platforms.start("province", "city");
        province = new PlatformClerks(platforms.get("province"));
        city = new PlatformClerks(platforms.get("city"));
        province.trust(city, "hejianhua");
        city.trust(province, "zhangwei");
        city.route("zhangwei", "province", Map.of(province.usccOf("linyating", "hejianhua"), "广东省人民政府办公厅"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (platforms != null) {
            platforms.close();
        }
    }

    @Test
    void bothPlatformsKilledInTurnEveryUnitHasThePackageOnceAndEveryReceiptIsBack() throws Exception {
        var made = city.as("zhangwei").post("api/admin/benchmark-exchange-units?count=" + UNITS, "");
        PlatformClerks.require(200, made);
        Map<String, String> units = new LinkedHashMap<>();
        made.json().getJsonArray("usccs").getValuesAs(JsonString.class).forEach(u -> units.put(u.getString(), "压测交换单位"));
        province.route("hejianhua", "city", units);

        String document = province.sealedNotice(PROVINCE_OFFICE, "广东省人民政府办公厅关于开展全省交换压力测试的通知");
        JsonObject distribution = province.distribute(PROVINCE_OFFICE.clerk(), document, List.copyOf(units.keySet()));
        assertEquals(UNITS, distribution.getInt("remote"), distribution.toString());

        ServerProcess cityServer = city.server();
        long arrived = eventually("packages arriving at the city", Duration.ofSeconds(300), () -> {
            long n = incoming(cityServer);
            return n > 0 ? n : null;
        });
        cityServer.kill();
        System.out.println("ExchangeCrashBetweenPlatformsIT: city killed with " + arrived + " packages in its database");
        cityServer.start();
        city.signOutAll();

        ServerProcess provinceServer = province.server();
        JsonObject atSecondKill = eventually("receipts coming back", Duration.ofSeconds(600), () -> {
            JsonObject c = counts(document);
            return c.getInt("accepted") > 0 ? c : null;
        });
        if (atSecondKill.getInt("accepted") < UNITS) {
            provinceServer.kill();
            System.out.println("ExchangeCrashBetweenPlatformsIT: province killed at " + atSecondKill);
            provinceServer.start();
            province.signOutAll();
        } else {
            System.out.println("ExchangeCrashBetweenPlatformsIT: every receipt was back before the province could be killed");
        }

        JsonObject after = eventually("every receipt back", Duration.ofSeconds(900), () -> {
            JsonObject c = counts(document);
            return c.getInt("accepted") == UNITS ? c : null;
        });
        assertEquals(UNITS, after.getInt("total"), after.toString());
        List<JsonObject> addressees = province.addressees(PROVINCE_OFFICE.clerk(), document);
        assertEquals(UNITS, addressees.stream().map(a -> a.getString("packageId")).distinct().count());
        assertTrue(addressees.stream().allMatch(a -> a.getString("state").equals("ACCEPTED")));

        String sender = province.usccOf("linyating", "hejianhua");
        try (Connection db = cityServer.database()) {
            assertEquals(List.of((long) UNITS, (long) UNITS, (long) UNITS, 0L), PlatformDatabase.longs(db, """
                    select count(*), count(distinct unit_id), count(distinct package_id), count(*) filter (where state <> 'ACCEPTED')
                    from exchange_incoming where sender_uscc = ?""", sender), "once in each city unit's inbox, accepted");
        }
        try (Connection db = provinceServer.database()) {
            assertEquals(List.of((long) UNITS), PlatformDatabase.longs(db, """
                    select count(distinct r.package_id) from exchange_receipt r join exchange_package p on p.id = r.package_id
                    where p.document_id = ?::uuid and r.outcome = 'ACCEPTED' and r.refusal is null""", document),
                    "a valid ACCEPTED receipt for every package at the province");
        }
    }

    private static long incoming(ServerProcess server) {
        try (Connection db = server.database()) {
            return PlatformDatabase.longs(db, "select count(*) from exchange_incoming where title like ?", "%全省交换压力测试%").get(0);
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private JsonObject counts(String document) {
        return province.as(PROVINCE_OFFICE.clerk()).get("api/exchange/sent?size=50").array().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("documentId").equals(document)).findFirst()
                .orElseThrow(() -> new AssertionError("the document is not among the sent")).getJsonObject("counts");
    }
}
