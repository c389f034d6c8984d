package cn.xietong.it.platforms;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static cn.xietong.it.platforms.PlatformClerks.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly once through a power cut: one sealed notice to 1,000 units (automatic acceptance on), the
 * server killed with SIGKILL while the packages are on their way, started again — and then every
 * unit has the package in its inbox exactly once, and the sender's tracking shows 1,000 ACCEPTED,
 * each backed by a receipt. The units are made by the benchmark endpoint (their exchange certificates
 * issued, automatic acceptance on); the counts are read from the platform's database.
 */
class ExchangeCrashIT {

    private static final int UNITS = Integer.getInteger("it.crash.units", 1000);
    private static final PlatformClerks.UnitPeople CITY_OFFICE =
            new PlatformClerks.UnitPeople("wanghaoran", "zhoulijuan", "liguodong", "wuxiuying", "zhengweiming");

    private static Platforms platforms;
    private static ServerProcess server;
    private static PlatformClerks clerks;

    @BeforeAll
    static void start() throws Exception {
        platforms = Platforms.of("crash");
        server = platforms.get("crash");
        server.start();
        clerks = new PlatformClerks(server);
    }

    @AfterAll
    static void stop() throws Exception {
        if (platforms != null) {
            platforms.close();
        }
    }

    @Test
    void killedWhileSendingAThousandPackagesEveryUnitHasItOnceAndEveryReceiptIsBack() throws Exception {
        var made = clerks.as("zhangwei").post("api/admin/benchmark-exchange-units?count=" + UNITS, "");
        PlatformClerks.require(200, made);
        List<String> usccs = made.json().getJsonArray("usccs").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(UNITS, usccs.size());

        String document = clerks.sealedNotice(CITY_OFFICE, "南江市人民政府办公室关于开展2027年度安全生产大检查的通知");
        JsonObject distribution = clerks.distribute(CITY_OFFICE.clerk(), document, usccs);
        assertEquals(UNITS, distribution.getInt("packages"), distribution.toString());

        // Kill the server once some packages have arrived and before all receipts are back.
        JsonObject before = eventually("some packages delivered", Duration.ofSeconds(300), () -> {
            JsonObject c = counts(document);
            return c.getInt("delivered") + c.getInt("accepted") > 0 ? c : null;
        });
        server.kill();
        assertTrue(before.getInt("accepted") < UNITS, "killed before every receipt was back: " + before);

        server.start();
        clerks.signOutAll();
        JsonObject after = eventually("every receipt back after the restart", Duration.ofSeconds(600), () -> {
            JsonObject c = counts(document);
            return c.getInt("accepted") == UNITS ? c : null;
        });
        assertEquals(UNITS, after.getInt("total"), "no addressee twice in the tracking: " + after);

        List<JsonObject> addressees = clerks.addressees(CITY_OFFICE.clerk(), document);
        assertEquals(UNITS, addressees.size());
        assertEquals(UNITS, addressees.stream().map(a -> a.getString("packageId")).distinct().count());
        assertTrue(addressees.stream().allMatch(a -> a.getString("state").equals("ACCEPTED")), "all ACCEPTED");

        try (Connection db = server.database()) {
            assertEquals(List.of((long) UNITS, (long) UNITS, 0L), PlatformDatabase.longs(db, """
                    select count(*), count(distinct i.unit_id),
                           count(*) filter (where i.state <> 'ACCEPTED')
                    from exchange_incoming i join exchange_package p on p.id = i.package_id
                    where p.document_id = ?::uuid""", document), "one inbox entry per unit, each accepted");
            assertEquals(List.of(0L), PlatformDatabase.longs(db, """
                    select count(*) from (select i.unit_id from exchange_incoming i join exchange_package p on p.id = i.package_id
                    where p.document_id = ?::uuid group by i.unit_id having count(*) > 1) twice""", document), "no unit has it twice");
            assertEquals(List.of((long) UNITS), PlatformDatabase.longs(db, """
                    select count(distinct r.package_id) from exchange_receipt r join exchange_package p on p.id = r.package_id
                    where p.document_id = ?::uuid and r.outcome = 'ACCEPTED' and r.refusal is null""", document),
                    "a valid ACCEPTED receipt for every package");
        }
        System.out.println("ExchangeCrashIT: killed at " + before + "; after the restart " + after);
    }

    private JsonObject counts(String document) {
        return clerks.as(CITY_OFFICE.clerk()).get("api/exchange/sent?size=50").array().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("documentId").equals(document)).findFirst()
                .orElseThrow(() -> new AssertionError("the document is not among the sent")).getJsonObject("counts");
    }
}
