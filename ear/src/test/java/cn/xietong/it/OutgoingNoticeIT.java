package cn.xietong.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outgoing document (发文) end to end: a drafter writes a 通知, a reviewer checks it, two
 * departments countersign in parallel, the leader signs it off (an SM2 signature), the clerk numbers
 * and lays it out, the seal administrator seals it, the clerk distributes it — and the official PDF
 * verifies, with its number, and the sign-off verifies against the content.
 */
@ExtendWith(ArquillianExtension.class)
class OutgoingNoticeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    private final Map<String, Api> apis = new HashMap<>();

    private Api as(String login) {
        return apis.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    @Test
    void aNoticeGoesFromDraftToASealedNumberedOfficialPdfThatVerifies() throws Exception {
        Api.Reply seal = as("zhengweiming").post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(TestDatabase.personId("zhengweiming"))).build().toString());
        assertEquals(201, seal.status(), seal.toString());

        Api drafter = as("wanghaoran");
        String unit = drafter.get("api/me").json().getString("unitId");
        String education = unitOf("liujianguo");
        Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                .add("title", "南江市人民政府办公室关于做好2026年冬季安全生产工作的通知")
                .add("mainAddressees", Json.createArrayBuilder().add(education))
                .add("body", "<p>为切实做好今冬明春安全生产工作，现就有关事项通知如下。</p><p>一、压紧压实安全生产责任。</p>"
                        + "<p>二、开展隐患排查整治。各单位要于12月底前完成自查。</p>")
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        String documentId = draft.json().getString("id");

        JsonArray signers = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("departmentId", departmentId(unit, "综合科")))
                .add(Json.createObjectBuilder().add("departmentId", departmentId(unit, "文电科"))).build();
        Api.Reply submitted = drafter.post("api/workflow/instances", Json.createObjectBuilder()
                .add("documentId", documentId).add("signers", signers).build().toString());
        assertEquals(201, submitted.status(), submitted.toString());
        String instance = submitted.json().getString("id");

        approve("zhoulijuan", instance, "文稿规范，同意。", null);            // 核稿
        approve("zhengweiming", instance, "综合科无意见。", null);           // 会签 综合科
        approve("wuxiuying", instance, "文电科无意见。", null);              // 会签 文电科
        approve("liguodong", instance, "同意印发。", null);                  // 签发
        approve("wuxiuying", instance, null, null);                          // 编号
        approve("wuxiuying", instance, null, null);                          // 排版
        approve("zhengweiming", instance, null, seal.json().getString("id")); // 用印
        approve("wuxiuying", instance, null, null);                          // 分发

        assertEquals("COMPLETED", drafter.get("api/workflow/instances/" + instance).json().getString("state"));

        String number = drafter.get("api/documents/" + documentId).json().getString("documentNumber");
        assertTrue(number.matches(".+〔20\\d\\d〕\\d+号"), number);

        JsonArray signOffs = drafter.get("api/documents/" + documentId + "/sign-offs").array();
        assertEquals(1, signOffs.size(), signOffs.toString());
        JsonObject signOff = signOffs.getJsonObject(0);
        assertTrue(signOff.getBoolean("valid"), signOff.toString());
        assertEquals("李国栋", signOff.getString("signer"));
        assertEquals("同意印发。", signOff.getString("opinion"));

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(drafter.request("api/documents/" + documentId + "/official-pdf")
                .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("SEALED", pdf.headers().firstValue("X-Official-Pdf-Stage").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String firstPage = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(doc);
            assertTrue(firstPage.replace(" ", "").contains(number), "the number is on page 1:\n" + firstPage);
            assertTrue(firstPage.contains("冬季安全生产"), firstPage);
        }

        Api.Reply verified = Api.anonymous(base).send(Api.anonymous(base).request("api/verification")
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body())));
        JsonObject report = verified.json();
        assertEquals("PASSED", report.getString("status"), report.toString());
        JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
        assertEquals("南江市人民政府办公室公文专用章", signature.getString("sealName"));
        assertEquals("郑伟明", signature.getString("signerName"));
        assertTrue(signature.getBoolean("coversWholeDocument"));

        String audit = as("zhangwei").get("api/audit?action=document.&size=200").body()
                + as("zhangwei").get("api/audit?action=exchange.&size=200").body();
        for (String action : new String[]{"document.signed-off", "document.number.assigned", "document.laid-out",
                "document.sealed", "exchange.distributed"}) {
            assertTrue(audit.contains("\"" + action + "\""), action + " in " + audit);
        }
    }

    @Test
    void sealingWithoutAUsableSealIsRefusedUntilTheSealAdministratorMakesOne() {
        Api drafter = as("hujunjie");
        String unit = drafter.get("api/me").json().getString("unitId");
        Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                .add("title", "南江市财政局关于做好年终决算工作的通知").add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("body", "<p>请各预算单位按时报送决算。</p>").add("disclosure", "主动公开").add("policyDocument", false)
                .build().toString());
        String instance = drafter.post("api/workflow/instances", "{\"documentId\": \"" + draft.json().getString("id") + "\"}")
                .json().getString("id");
        approve("maxiaoyan", instance, "同意", null);
        approve("xuzhenhua", instance, "同意印发", null);
        approve("guoshuzhen", instance, null, null);
        approve("guoshuzhen", instance, null, null);

        String task = todoTask("luozhiqiang", instance);
        Api.Reply refused = as("luozhiqiang").post("api/workflow/tasks/" + task + "/approve", "{}");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("document.seal.none-usable", refused.code());
        assertTrue(refused.json().getString("detail").contains("印章管理员"), refused.body());

        Api.Reply seal = as("luozhiqiang").post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(TestDatabase.personId("luozhiqiang"))).build().toString());
        assertEquals(201, seal.status(), seal.toString());
        approve("luozhiqiang", instance, null, null);
        assertEquals("分发", drafter.get("api/workflow/instances/" + instance).json().getString("currentStepName"));
    }

    @Test
    void aDraftChangedAfterTheLeaderSignedOffIsNotNumberedUntilSignedOffAgain() {
        Api drafter = as("zhaozihao");
        String unit = drafter.get("api/me").json().getString("unitId");
        java.util.function.Function<String, String> content = body -> Json.createObjectBuilder().add("kind", "通知")
                .add("direction", "下行").add("title", "南江市教育局关于做好寒假安全教育的通知")
                .add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("body", body).add("disclosure", "主动公开").add("policyDocument", false).build().toString();
        Api.Reply draft = drafter.post("api/documents", content.apply("<p>请各校做好寒假安全教育。</p>"));
        String documentId = draft.json().getString("id");
        String instance = drafter.post("api/workflow/instances", "{\"documentId\": \"" + documentId + "\"}").json().getString("id");
        approve("yanghuimin", instance, "同意", null);
        approve("liujianguo", instance, "同意印发", null);

        // The leader (who may edit) changes the text after signing it off.
        Api.Reply edited = as("liujianguo").put("api/documents/" + documentId,
                content.apply("<p>请各校做好寒假安全教育，并于1月10日前报送总结。</p>"));
        assertEquals(200, edited.status(), edited.toString());
        JsonArray signOffs = drafter.get("api/documents/" + documentId + "/sign-offs").array();
        assertEquals(false, signOffs.getJsonObject(0).getBoolean("valid"), "the sign-off no longer covers the text");

        String task = todoTask("sunmeiling", instance);
        Api.Reply refused = as("sunmeiling").post("api/workflow/tasks/" + task + "/approve", "{}");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("document.changed-after-sign-off", refused.code());
        assertTrue(refused.json().getString("detail").contains("重新签发"), refused.body());
    }

    @Test
    void aCountersignerReadsTheDocumentWhileTakingPartAndNotBefore() {
        Api drafter = as("wanghaoran");
        String unit = drafter.get("api/me").json().getString("unitId");
        Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                .add("title", "关于调整信息系统值班安排的通知").add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("body", "<p>值班安排调整如下。</p>").add("disclosure", "不予公开").add("nonDisclosureReason", "内部事务")
                .add("policyDocument", false).build().toString());
        String documentId = draft.json().getString("id");
        // 张伟 is neither reviewer, leader nor clerk: an ordinary colleague of the unit does not read drafts.
        assertEquals(404, as("zhangwei").get("api/documents/" + documentId).status());

        String instance = drafter.post("api/workflow/instances", Json.createObjectBuilder().add("documentId", documentId)
                .add("signers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("personId", TestDatabase.personId("zhangwei")))).build().toString()).json().getString("id");
        approve("zhoulijuan", instance, "同意", null);
        Api.Reply read = as("zhangwei").get("api/documents/" + documentId);
        assertEquals(200, read.status(), "the countersigner reads what he signs: " + read);
        assertEquals("关于调整信息系统值班安排的通知", read.json().getString("title"));
        assertEquals(404, as("liujianguo").get("api/documents/" + documentId).status(), "another unit never does");
    }

    private void approve(String login, String instance, String opinion, String sealId) {
        Api.Reply r = as(login).approveTaskOf(instance, opinion, sealId);
        assertTrue(r.status() == 204 || r.status() == 200, login + ": " + r);
    }

    private String todoTask(String login, String instance) {
        return as(login).todoTask(instance);
    }

    private String departmentId(String unit, String name) {
        return as("wanghaoran").get("api/units/" + unit + "/departments").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no department " + name)).getString("id");
    }

    private String unitOf(String login) {
        return as(login).get("api/me").json().getString("unitId");
    }
}
