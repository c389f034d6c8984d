package cn.xietong.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbering over HTTP: clerks give out 机关代字〔年份〕序号号 numbers — distinct and consecutive under
 * concurrency, per organ code and year, restarting each year —, void numbers with a reason, and the
 * register shows both; voided numbers are never given out again.
 */
@ExtendWith(ArquillianExtension.class)
class NumberingIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void fortyClerksNumberingAtOnceGetFortyConsecutiveDistinctNumbers() throws Exception {
        Api drafter = Api.signIn(base, "wanghaoran");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            drafts.add(draft(drafter, "关于第" + (i + 1) + "项工作的通知"));
        }
        Api clerk = Api.signIn(base, "wuxiuying");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (String id : drafts) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return clerk.post("api/numbering/documents/" + id, "{}");
                }));
            }
            start.countDown();
            TreeSet<Integer> serials = new TreeSet<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertEquals(200, r.status(), r.toString());
                JsonObject n = r.json();
                assertEquals("南府办", n.getString("organCode"));
                assertEquals(THIS_YEAR, n.getInt("year"));
                assertEquals("南府办〔" + THIS_YEAR + "〕" + n.getInt("serial") + "号", n.getString("number"));
                assertTrue(serials.add(n.getInt("serial")), "duplicate number " + n);
            }
            assertEquals(40, serials.size());
            assertEquals(39, serials.last() - serials.first(), "no gaps: " + serials);
        } finally {
            pool.shutdownNow();
        }
        for (String id : drafts) {
            String number = drafter.get("api/documents/" + id).json().getString("documentNumber");
            assertTrue(number.startsWith("南府办〔" + THIS_YEAR + "〕"), number);
        }
    }

    @Test
    void aVoidedNumberStaysInTheRegisterAndIsNeverGivenOutAgain() throws Exception {
        Api drafter = Api.signIn(base, "wanghaoran");
        Api clerk = Api.signIn(base, "wuxiuying");
        String first = draft(drafter, "关于召开工作会议的通知");
        String second = draft(drafter, "关于调整会议时间的通知");

        int n = clerk.post("api/numbering/documents/" + first, "{}").json().getInt("serial");
        Api.Reply frozen = drafter.put("api/documents/" + first, DocumentIT.notice("改标题", "<p>x</p>").build().toString());
        assertEquals(409, frozen.status(), "a numbered draft's content is frozen: " + frozen);
        assertEquals(409, clerk.post("api/numbering/documents/" + first, "{}").status(), "numbered once only");

        Api.Reply noReason = clerk.post("api/numbering/documents/" + first + "/void", "{\"reason\":\" \"}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("document.number.void-reason-missing", noReason.code());
        Api.Reply voided = clerk.post("api/numbering/documents/" + first + "/void", "{\"reason\":\"会议取消，文件不再印发\"}");
        assertEquals(200, voided.status(), voided.toString());
        assertEquals("VOIDED", voided.json().getString("status"));
        JsonObject afterVoid = drafter.get("api/documents/" + first).json();
        assertTrue(!afterVoid.containsKey("documentNumber") || afterVoid.isNull("documentNumber"), afterVoid.toString());

        assertEquals(n + 1, clerk.post("api/numbering/documents/" + second, "{}").json().getInt("serial"));
        assertEquals(n + 2, clerk.post("api/numbering/documents/" + first, "{}").json().getInt("serial"),
                "the draft numbered again gets a new number after the last one, not its voided one");

        JsonObject register = clerk.get("api/numbering/register?size=100&page=1").json();
        List<JsonObject> lines = register.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("organCode").equals("南府办")).toList();
        JsonObject voidLine = lines.stream().filter(e -> e.getInt("serial") == n).findFirst().orElseThrow();
        assertEquals("空号", voidLine.getString("statusName"));
        assertEquals("会议取消，文件不再印发", voidLine.getString("voidReason"));
        assertEquals("吴秀英", voidLine.getString("voidedBy"));
        assertEquals(first, voidLine.getString("documentId"));
        assertTrue(DocumentIT.auditDetails(first, "document.number.voided").get(0).contains("会议取消"));
    }

    @Test
    void onlyTheUnitsClerksNumber() {
        Api drafter = Api.signIn(base, "wanghaoran");
        String id = draft(drafter, "关于拟稿人自行编号的通知");
        Api.Reply self = drafter.post("api/numbering/documents/" + id, "{}");
        assertEquals(403, self.status(), self.toString());
        assertEquals("document.number.clerk-only", self.code());
        assertEquals(404, Api.signIn(base, "sunmeiling").post("api/numbering/documents/" + id, "{}").status(),
                "another unit's clerk cannot even find it");
        assertEquals(403, drafter.get("api/numbering/register").status());
    }

    @Test
    void numbersRestartEachYearAndFollowTheOrganCodeOfTheKind() {
        Api drafter = Api.signIn(base, "wanghaoran");
        Api clerk = Api.signIn(base, "wuxiuying");
        int next = THIS_YEAR + 1;
        String a = draft(drafter, "关于明年第一项工作的通知");
        String b = draft(drafter, "关于明年第二项工作的通知");
        JsonObject firstNextYear = clerk.post("api/numbering/documents/" + a, "{\"year\":" + next + "}").json();
        assertEquals(1, firstNextYear.getInt("serial"), firstNextYear.toString());
        assertEquals("南府办〔" + next + "〕1号", firstNextYear.getString("number"));
        assertEquals(2, clerk.post("api/numbering/documents/" + b, "{\"year\":" + next + "}").json().getInt("serial"));
        Api.Reply farAway = clerk.post("api/numbering/documents/" + draft(drafter, "远期"), "{\"year\":" + (THIS_YEAR + 5) + "}");
        assertEquals(400, farAway.status(), farAway.toString());

        Api admin = Api.signIn(base, "zhengweiming");
        assertEquals(403, clerk.put("api/numbering/organ-codes", "{\"LETTER\":\"南府办函\"}").status());
        Api.Reply bad = admin.put("api/numbering/organ-codes", "{\"LETTER\":\"NFB\"}");
        assertEquals(400, bad.status(), bad.toString());
        Api.Reply set = admin.put("api/numbering/organ-codes", "{\"函\":\"南府办函\"}");
        assertEquals(200, set.status(), set.toString());
        JsonObject letterCode = set.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals("LETTER")).findFirst().orElseThrow();
        assertEquals("南府办函", letterCode.getString("organCode"));

        String letter = drafter.post("api/documents", DocumentIT.notice("关于商请支持的函", "<p>x</p>")
                .add("kind", "函").add("direction", "平行").build().toString()).json().getString("id");
        JsonObject n = clerk.post("api/numbering/documents/" + letter, "{}").json();
        assertEquals("南府办函〔" + THIS_YEAR + "〕1号", n.getString("number"), "函 has its own organ code and sequence");
        assertEquals("LETTER", n.getString("kind"));
    }

    private static String draft(Api drafter, String title) {
        Api.Reply r = drafter.post("api/documents", DocumentIT.notice(title, "<p>正文</p>").build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }
}
