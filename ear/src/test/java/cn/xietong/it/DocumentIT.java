package cn.xietong.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drafting over HTTP against the demo organisation on PostgreSQL: drafts and their revisions, the
 * comparison of two revisions, what is refused (classified documents, unsafe HTML, unknown
 * addressees), readiness for submission with normative documents' forms, attachments, and that a
 * draft stays invisible to other units.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void drafterSavesRevisionsAndAnyTwoCanBeCompared() throws Exception {
        Api drafter = Api.signIn(base, "wanghaoran");
        String education = unitId(drafter, "南江市教育局");
        String finance = unitId(drafter, "南江市财政局");
        Api.Reply created = drafter.post("api/documents", notice("关于开展安全检查的通知",
                "<p>各有关单位：</p><p>请于3月1日前完成自查。</p>", education).build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject draft = created.json();
        String id = draft.getString("id");
        assertEquals(1, draft.getInt("revision"));
        assertEquals("非涉密", draft.getString("classification"));
        assertEquals("南江市教育局", draft.getJsonArray("mainAddressees").getJsonObject(0).getString("name"));

        Api.Reply saved = drafter.put("api/documents/" + id, notice("关于开展安全生产检查的通知",
                "<p>各有关单位：</p><p>请于3月10日前完成自查。</p><p>自查报告报市政府办公室。</p>", education, finance)
                .add("disclosure", "主动公开").add("policyDocument", false).add("baseRevision", 1).build().toString());
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(2, saved.json().getInt("revision"));

        Api reviewer = Api.signIn(base, "zhoulijuan");
        Api.Reply reviewed = reviewer.put("api/documents/" + id, notice("关于开展安全生产大检查的通知",
                "<p>各有关单位：</p><p>请于3月10日前完成自查。</p><p>自查报告报市政府办公室。</p>", education, finance)
                .add("disclosure", "主动公开").add("policyDocument", false).add("baseRevision", 2).build().toString());
        assertEquals(200, reviewed.status(), reviewed.toString());

        Api.Reply stale = drafter.put("api/documents/" + id, notice("过时的修改", "<p>x</p>", education)
                .add("baseRevision", 2).build().toString());
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("document.revision-stale", stale.code());

        JsonArray revisions = drafter.get("api/documents/" + id + "/revisions").array();
        assertEquals(3, revisions.size());
        assertEquals("王浩然", revisions.getJsonObject(1).getString("authorName"));
        assertEquals("周丽娟", revisions.getJsonObject(2).getString("authorName"));
        assertEquals(64, revisions.getJsonObject(1).getString("contentSm3").length());

        JsonObject compare = drafter.get("api/documents/" + id + "/revisions/compare?from=1&to=3").json();
        assertFalse(compare.getBoolean("identical"));
        JsonObject title = element(compare, "title");
        assertEquals("关于开展安全检查的通知", title.getString("before"));
        assertEquals("关于开展安全生产大检查的通知", title.getString("after"));
        assertEquals("南江市教育局、南江市财政局", element(compare, "mainAddressees").getString("after"));
        JsonObject disclosure = element(compare, "disclosure");
        assertTrue(!disclosure.containsKey("before") || disclosure.isNull("before"), disclosure.toString());
        assertEquals("主动公开", disclosure.getString("after"));
        List<String> ops = compare.getJsonArray("body").stream().map(p -> p.asJsonObject().getString("op")).toList();
        assertEquals(List.of("UNCHANGED", "CHANGED", "ADDED"), ops, compare.toString());

        JsonObject first = drafter.get("api/documents/" + id + "/revisions/1").json();
        assertEquals("关于开展安全检查的通知", first.getString("title"));

        JsonObject mine = drafter.get("api/documents?size=100").json();
        assertTrue(mine.getJsonArray("items").stream().anyMatch(d -> d.asJsonObject().getString("id").equals(id)), mine.toString());
        assertEquals(1, drafter.get("api/documents?page=1&size=1").json().getJsonArray("items").size());

        String sm3OfSecond = revisions.getJsonObject(1).getString("contentSm3");
        assertTrue(auditDetails(id, "document.draft.saved").stream().anyMatch(d -> d.contains(sm3OfSecond)),
                "the audit entry of the save names the SM3 of the revision's content");
        assertEquals(404, drafter.get("api/documents/" + id + "/revisions/9").status());
    }

    @Test
    void classifiedDocumentsAreRefusedWithAClearMessage() {
        Api drafter = Api.signIn(base, "wanghaoran");
        Api.Reply r = drafter.post("api/documents", notice("关于某事项的通知", "<p>x</p>").add("classification", "机密")
                .build().toString());
        assertEquals(400, r.status(), r.toString());
        assertEquals("document.classified-refused", r.code());
        assertEquals("本系统只处理非涉密公文：密级为“机密”的公文不得录入本系统，请通过涉密渠道办理。", r.json().getString("detail"));
    }

    @Test
    void unsafeBodyAndUnknownAddresseesAreRefusedNotStripped() {
        Api drafter = Api.signIn(base, "wanghaoran");
        Api.Reply script = drafter.post("api/documents",
                notice("关于某事项的通知", "<p onclick=\"x()\">正文</p><script>alert(1)</script>").build().toString());
        assertEquals(400, script.status(), script.toString());
        assertEquals("document.body.unsafe-html", script.code());
        String detail = script.json().getString("detail");
        assertTrue(detail.contains("<script>") && detail.contains("onclick"), detail);

        Api.Reply unknown = drafter.post("api/documents",
                notice("关于某事项的通知", "<p>x</p>", "00000000-0000-4000-8000-000000000000").build().toString());
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("document.addressee.unknown", unknown.code());

        Api.Reply noKind = drafter.post("api/documents", "{\"title\":\"无文种\"}");
        assertEquals(400, noKind.status(), noKind.toString());
        assertEquals("document.kind.missing", noKind.code());
        Api.Reply badId = drafter.get("api/documents/not-an-id");
        assertEquals(400, badId.status(), badId.toString());
    }

    @Test
    void anotherUnitsDrafterCannotFindTheDraft() {
        Api drafter = Api.signIn(base, "wanghaoran");
        String id = drafter.post("api/documents", notice("关于内部事项的通知", "<p>x</p>").build().toString()).json().getString("id");
        Api other = Api.signIn(base, "zhaozihao");
        for (Api.Reply r : List.of(other.get("api/documents/" + id), other.get("api/documents/" + id + "/revisions"),
                other.get("api/documents/" + id + "/revisions/compare?from=1&to=1"),
                other.get("api/documents/" + id + "/attachments"), other.get("api/documents/" + id + "/readiness"),
                other.put("api/documents/" + id, notice("改他单位的稿", "<p>x</p>").build().toString()))) {
            assertEquals(404, r.status(), r.toString());
            assertEquals("document.not-found", r.code());
        }
        assertFalse(other.get("api/documents?size=100").body().contains(id), "not among the other unit's drafts");
        Api otherClerk = Api.signIn(base, "sunmeiling");
        assertEquals(404, otherClerk.post("api/numbering/documents/" + id, "{}").status());
    }

    @Test
    void submissionReadinessListsEverythingMissingAndNormativeDocumentsNeedTheirForms() throws Exception {
        Api drafter = Api.signIn(base, "wanghaoran");
        String education = unitId(drafter, "南江市教育局");
        String id = drafter.post("api/documents", notice("关于印发南江市校外培训管理办法的通知",
                "<p>现将管理办法印发给你们，请认真贯彻执行。</p>", education).build().toString()).json().getString("id");

        JsonObject bare = drafter.get("api/documents/" + id + "/readiness").json();
        assertFalse(bare.getBoolean("ready"));
        String missing = bare.getJsonArray("missing").toString();
        assertTrue(missing.contains("公开属性") && missing.contains("政策性文件"), missing);

        Api.Reply normative = drafter.put("api/documents/" + id, notice("关于印发南江市校外培训管理办法的通知",
                "<p>现将管理办法印发给你们，请认真贯彻执行。</p>", education).add("disclosure", "依申请公开")
                .add("nonDisclosureReason", "涉及培训机构商业信息").add("policyDocument", true).add("normative", true)
                .build().toString());
        assertEquals(200, normative.status(), normative.toString());
        JsonArray forms = drafter.get("api/documents/" + id + "/readiness").json().getJsonArray("missing");
        assertEquals(2, forms.size(), forms.toString());
        assertTrue(forms.getString(0).contains("合法性审查意见") && forms.getString(1).contains("公平竞争审查表"), forms.toString());

        assertEquals(201, upload(drafter, id, "合法性审查意见.pdf", "合法性审查意见", pdf(2_000)).status());
        JsonArray one = drafter.get("api/documents/" + id + "/readiness").json().getJsonArray("missing");
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.getString(0).contains("公平竞争审查表"));

        Api.Reply unknownForm = upload(drafter, id, "说明.pdf", "社会稳定风险评估", pdf(100));
        assertEquals(400, unknownForm.status(), unknownForm.toString());
        assertEquals("document.attachment.form-unknown", unknownForm.code());

        assertEquals(201, upload(drafter, id, "公平竞争审查表.docx", "公平竞争审查表", docx()).status());
        JsonObject ready = drafter.get("api/documents/" + id + "/readiness").json();
        assertTrue(ready.getBoolean("ready"), ready.toString());
        assertEquals(0, ready.getJsonArray("missing").size());

        // The unit administrator adds a third form: the draft is no longer ready.
        Api admin = Api.signIn(base, "zhengweiming");
        assertEquals(403, drafter.put("api/documents/settings/normative-forms", "{\"forms\":[]}").status(),
                "only the unit administrator sets the forms");
        try {
            Api.Reply set = admin.put("api/documents/settings/normative-forms",
                    "{\"forms\":[\"合法性审查意见\",\"公平竞争审查表\",\"社会稳定风险评估报告\"]}");
            assertEquals(200, set.status(), set.toString());
            JsonArray third = drafter.get("api/documents/" + id + "/readiness").json().getJsonArray("missing");
            assertEquals(1, third.size(), third.toString());
            assertTrue(third.getString(0).contains("社会稳定风险评估报告"));
        } finally {
            admin.put("api/documents/settings/normative-forms", "{\"forms\":[\"合法性审查意见\",\"公平竞争审查表\"]}");
        }
    }

    @Test
    void attachmentsComeBackByteForByteWithTheirSm3AndBadFilesAreRefused() throws Exception {
        Api drafter = Api.signIn(base, "wanghaoran");
        String id = drafter.post("api/documents", notice("关于附件的通知", "<p>见附件。</p>").build().toString()).json().getString("id");
        byte[] content = pdf(300_000);
        Api.Reply up = upload(drafter, id, "实施方案（2026年）.pdf", null, content);
        assertEquals(201, up.status(), up.toString());
        JsonObject a = up.json();
        assertEquals("PDF", a.getString("fileType"));
        assertEquals(content.length, a.getJsonNumber("size").longValue());
        String sm3 = a.getString("sm3");
        assertEquals(64, sm3.length());
        assertEquals(Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)),
                "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", "GB/T 32905 example 1");
        assertEquals(Sm3.hex(content), sm3, "the server's SM3 of the upload, computed here independently");

        HttpResponse<byte[]> down = HttpClient.newHttpClient().send(
                drafter.request("api/documents/" + id + "/attachments/" + a.getString("id")).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, down.statusCode());
        assertArrayEquals(content, down.body());
        assertEquals(sm3, down.headers().firstValue("X-Content-SM3").orElse(""));
        assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElse(""));
        assertTrue(down.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        assertTrue(auditDetails(id, "document.attachment.added").stream().anyMatch(d -> d.contains(sm3)));

        Api.Reply disguised = upload(drafter, id, "照片.pdf", null, png());
        assertEquals(400, disguised.status(), disguised.toString());
        assertEquals("document.attachment.type-mismatch", disguised.code());
        Api.Reply exe = upload(drafter, id, "setup.exe", null, "MZ....".getBytes());
        assertEquals(400, exe.status());
        assertEquals("document.attachment.type-not-allowed", exe.code());
        Api.Reply empty = upload(drafter, id, "空.pdf", null, new byte[0]);
        assertEquals(400, empty.status(), empty.toString());

        Api.Reply tooLarge = upload(drafter, id, "扫描件.pdf", null, pdf(20 * 1024 * 1024 + 1));
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("document.attachment.too-large", tooLarge.code());
        assertTrue(tooLarge.json().getString("detail").contains("20 MB"));

        assertEquals(1, drafter.get("api/documents/" + id + "/attachments").array().size());
        assertEquals(204, drafter.delete("api/documents/" + id + "/attachments/" + a.getString("id")).status());
        assertEquals(0, drafter.get("api/documents/" + id + "/attachments").array().size());
    }

    @Test
    void aDocumentsAttachmentsTogetherStayWithinOneHundredMegabytes() {
        Api drafter = Api.signIn(base, "wanghaoran");
        String id = drafter.post("api/documents", notice("关于报送扫描材料的通知", "<p>见附件。</p>").build().toString())
                .json().getString("id");
        int twentyMb = 20 * 1024 * 1024;
        for (int i = 1; i <= 5; i++) {
            Api.Reply r = upload(drafter, id, "扫描件" + i + ".pdf", null, pdf(twentyMb));
            assertEquals(201, r.status(), "file " + i + " of 20 MB: " + r);
        }
        Api.Reply sixth = upload(drafter, id, "扫描件6.pdf", null, pdf(1_000));
        assertEquals(413, sixth.status(), sixth.toString());
        assertEquals("document.attachments.total-too-large", sixth.code());
        assertTrue(sixth.json().getString("detail").contains("100 MB"), sixth.body());
        assertEquals(5, drafter.get("api/documents/" + id + "/attachments").array().size());
    }

    // --- helpers ---------------------------------------------------------------------------------

    static JsonObjectBuilder notice(String title, String body, String... mainAddressees) {
        var main = Json.createArrayBuilder();
        for (String m : mainAddressees) {
            main.add(m);
        }
        return Json.createObjectBuilder().add("kind", "通知").add("direction", "下行").add("title", title)
                .add("body", body).add("mainAddressees", main).add("issuingOrganMark", "南江市人民政府办公室文件")
                .add("signatureOrgan", "南江市人民政府办公室");
    }

    static String unitId(Api api, String name) {
        JsonArray items = api.get("api/units?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().getJsonArray("items");
        return items.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no unit " + name)).getString("id");
    }

    static Api.Reply upload(Api api, String draftId, String name, String form, byte[] content) {
        String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (form == null ? "" : "&form=" + URLEncoder.encode(form, StandardCharsets.UTF_8));
        return api.send(api.request("api/documents/" + draftId + "/attachments" + query)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        return b;
    }

    static byte[] png() {
        byte[] b = pdf(64);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static JsonObject element(JsonObject compare, String name) {
        return compare.getJsonArray("elements").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("element").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + name + " in " + compare));
    }

    static List<String> auditDetails(String documentId, String action) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement(
                "select detail from audit_entry where subject_type = 'document' and subject_id = ? and action = ? order by seq")) {
            ps.setString(1, documentId);
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }

    /**
     * SM3 (GB/T 32905-2016) written out from the standard, so the test checks the server's digests
     * without the server's code (Bouncy Castle is not on the test class path).
     */
    static final class Sm3 {

        private static final int[] IV = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
                0xe38dee4d, 0xb0fb0e4e};

        static String hex(byte[] message) {
            long bits = (long) message.length * 8;
            int padded = ((message.length + 8) / 64 + 1) * 64;
            byte[] m = java.util.Arrays.copyOf(message, padded);
            m[message.length] = (byte) 0x80;
            for (int i = 0; i < 8; i++) {
                m[padded - 1 - i] = (byte) (bits >>> (8 * i));
            }
            int[] v = IV.clone();
            int[] w = new int[68];
            int[] w1 = new int[64];
            for (int off = 0; off < padded; off += 64) {
                for (int j = 0; j < 16; j++) {
                    int k = off + 4 * j;
                    w[j] = (m[k] & 0xff) << 24 | (m[k + 1] & 0xff) << 16 | (m[k + 2] & 0xff) << 8 | (m[k + 3] & 0xff);
                }
                for (int j = 16; j < 68; j++) {
                    w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15))
                            ^ Integer.rotateLeft(w[j - 13], 7) ^ w[j - 6];
                }
                for (int j = 0; j < 64; j++) {
                    w1[j] = w[j] ^ w[j + 4];
                }
                int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
                for (int j = 0; j < 64; j++) {
                    int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
                    int ss1 = Integer.rotateLeft(Integer.rotateLeft(a, 12) + e + Integer.rotateLeft(t, j % 32), 7);
                    int ss2 = ss1 ^ Integer.rotateLeft(a, 12);
                    int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
                    int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
                    int tt1 = ff + d + ss2 + w1[j];
                    int tt2 = gg + h + ss1 + w[j];
                    d = c;
                    c = Integer.rotateLeft(b, 9);
                    b = a;
                    a = tt1;
                    h = g;
                    g = Integer.rotateLeft(f, 19);
                    f = e;
                    e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
                }
                v[0] ^= a; v[1] ^= b; v[2] ^= c; v[3] ^= d; v[4] ^= e; v[5] ^= f; v[6] ^= g; v[7] ^= h;
            }
            StringBuilder out = new StringBuilder();
            for (int x : v) {
                out.append("%08x".formatted(x));
            }
            return out.toString();
        }

        private static int p1(int x) {
            return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
        }
    }
}
