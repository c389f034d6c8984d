package cn.xietong.it.platforms;

import cn.xietong.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.xietong.it.platforms.PlatformClerks.PROVINCE_OFFICE;
import static cn.xietong.it.platforms.PlatformClerks.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two platforms, the province's and the city's, each hosting its own units of the demo organisation
 * (XIETONG_DEMO_UNITS): 广东省人民政府办公厅 sends a sealed notice to 南江市人民政府办公室 on the city's
 * platform while that platform is down. The package waits, SENT, on the province's broker; when the
 * city's platform is back it arrives once, the city's clerk accepts it, and the signed receipt brings
 * ACCEPTED back to the province.
 */
class TwoPlatformsIT {

    private static Platforms platforms;
    private static PlatformClerks province;
    private static PlatformClerks city;

    @BeforeAll
    static void startBothAndIntroduceThem() throws Exception {
        platforms = Platforms.of("province", "city");
        platforms.get("province").env("XIETONG_DEMO_UNITS", "粤府办");
        platforms.get("city").env("XIETONG_DEMO_UNITS", "-粤府办");
        platforms.start("province", "city");
        province = new PlatformClerks(platforms.get("province"));
        city = new PlatformClerks(platforms.get("city"));

        // Each platform administrator trusts the other's root and routes the other's units there.
        province.trust(city, "hejianhua");
        city.trust(province, "zhangwei");
        province.route("hejianhua", "city", Map.of(city.usccOf("wuxiuying", "zhangwei"), "南江市人民政府办公室"));
        city.route("zhangwei", "province", Map.of(province.usccOf("linyating", "hejianhua"), "广东省人民政府办公厅"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (platforms != null) {
            platforms.close();
        }
    }

    @Test
    void aPackageForAPlatformThatIsDownWaitsArrivesOnceWhenItIsBackAndItsReceiptComesBack() throws Exception {
        ServerProcess cityServer = city.server();
        cityServer.stop();

        String clerk = PROVINCE_OFFICE.clerk();
        String document = province.sealedNotice(PROVINCE_OFFICE, "广东省人民政府办公厅关于做好2027年元旦春节期间安全生产工作的通知");
        String cityOffice = "南江市人民政府办公室";
        String cityUscc = province.as("hejianhua").get("api/exchange/routes").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("platformCode").equals("city")).findFirst().orElseThrow().getString("uscc");
        JsonObject distribution = province.distribute(clerk, document, List.of(cityUscc));
        assertEquals(1, distribution.getInt("remote"), distribution.toString());

        JsonObject waiting = eventually("the package is handed to the broker for the city", Duration.ofSeconds(60), () -> {
            List<JsonObject> a = province.addressees(clerk, document);
            return a.size() == 1 && a.get(0).getString("state").equals("SENT") ? a.get(0) : null;
        });
        assertEquals(cityOffice, waiting.getJsonObject("addressee").getString("name"));
        assertEquals("city", waiting.getString("platformCode"));
        assertEquals(1, platforms.get("province").queueAttribute("XietongExchangeTo_city", "message-count"),
                "the transfer waits on the province's broker while the city is down");
        assertEquals("SENT", province.addressees(clerk, document).get(0).getString("state"), "not delivered: nobody received it");
        String packageId = waiting.getString("packageId");

        cityServer.start();
        city.signOutAll();
        JsonObject delivered = eventually("the city delivers and says so", Duration.ofSeconds(180), () -> {
            JsonObject a = province.addressees(clerk, document).get(0);
            return a.getString("state").equals("DELIVERED") ? a : null;
        });
        assertNotNull(delivered.getString("deliveredAt", null));

        List<JsonObject> inbox = city.as("wuxiuying").get("api/exchange/inbox?state=ALL&size=200").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("packageId").equals(packageId)).toList();
        assertEquals(1, inbox.size(), "once in the city office's inbox: " + inbox);
        JsonObject item = inbox.get(0);
        assertEquals("WAITING", item.getString("state"));
        assertEquals("广东省人民政府办公厅", item.getJsonObject("sender").getString("name"));
        JsonObject detail = city.as("wuxiuying").get("api/exchange/inbox/" + item.getString("id")).json();
        assertTrue(detail.getJsonObject("verification").getBoolean("valid"), "verified against the province's root: " + detail);
        try (Connection db = cityServer.database();
             var ps = db.prepareStatement("select count(*) from exchange_incoming where package_id = ?::uuid")) {
            ps.setString(1, packageId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one inbox row on the city's platform");
            }
        }

        Api.Reply accepted = city.as("wuxiuying").post("api/exchange/inbox/" + item.getString("id") + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.toString());

        JsonObject outcome = eventually("the receipt is back at the province", Duration.ofSeconds(120), () -> {
            JsonObject a = province.addressees(clerk, document).get(0);
            return a.getString("state").equals("ACCEPTED") ? a : null;
        });
        assertEquals("吴秀英", outcome.getString("acceptedBy"));
        assertNotNull(outcome.getString("acceptedAt", null));
        try (Connection db = platforms.get("province").database();
             var ps = db.prepareStatement("select outcome, length(signature), refusal from exchange_receipt where package_id = ?::uuid"
                     + " order by received_at")) {
            ps.setString(1, packageId);
            try (var rs = ps.executeQuery()) {
                int accepts = 0;
                while (rs.next()) {
                    assertNull(rs.getString(3), "the province took every receipt as valid");
                    assertTrue(rs.getInt(2) > 0, "a receipt carries its signature");
                    if (rs.getString(1).equals("ACCEPTED")) {
                        accepts++;
                    }
                }
                assertEquals(1, accepts, "one signed ACCEPTED receipt at the province");
            }
        }
    }
}
