package cn.xietong.it;

import cn.xietong.exchange.format.ExchangeSigning;
import cn.xietong.exchange.format.ExchangeXml;
import cn.xietong.exchange.format.PackageManifest;
import cn.xietong.exchange.format.Party;
import cn.xietong.exchange.format.SignedDocument;
import cn.xietong.exchange.format.Transfer;
import cn.xietong.exchange.format.TransferCodec;
import cn.xietong.exchange.format.TransferFile;
import cn.xietong.signing.ca.CertificateProfile;
import cn.xietong.signing.ca.CertificateSubject;
import cn.xietong.signing.ca.PlatformCa;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.ca.Uscc;
import cn.xietong.signing.crypto.Sm2KeyPair;
import cn.xietong.signing.crypto.Sm3Digest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange between units on one platform (公文交换): 教育局 distributes a sealed notice; the
 * packages travel over Jakarta Messaging, are verified and wait in the addressees' inboxes; clerks
 * accept or return them, and signed receipts bring each outcome back to the sender. Recall and urge,
 * who may see what, bad inputs, and tampered, forged and replayed packages (brought in as files, as
 * on media) that are refused and audited.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    private final Map<String, Api> apis = new HashMap<>();
    private static String sealId;

    private Api as(String login) {
        return apis.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    @Test
    void addresseesAcceptOrReturnAndSignedReceiptsBringTheOutcomeBack() throws Exception {
        String cityOffice = unitOf("wuxiuying");
        String finance = unitOf("guoshuzhen");
        String document = distributedNotice("南江市教育局关于开展校园食品安全检查的通知", List.of(cityOffice), List.of(finance));

        List<JsonObject> sent = eventually("both packages delivered", () -> {
            List<JsonObject> a = addressees(document);
            return a.stream().allMatch(x -> x.getString("state").equals("DELIVERED")) ? a : null;
        });
        assertEquals(2, sent.size(), sent.toString());
        JsonObject toCity = byRole(sent, "主送");
        assertNotNull(toCity.getString("sentAt", null));
        assertNotNull(toCity.getString("deliveredAt", null));

        JsonObject item = inboxItem("wuxiuying", toCity.getString("packageId"));
        assertEquals("WAITING", item.getString("state"));
        assertEquals("待签收", item.getString("stateLabel"));
        assertEquals("主送", item.getString("role"));
        assertEquals("南江市教育局", item.getJsonObject("sender").getString("name"));
        assertTrue(as("wuxiuying").get("api/exchange/inbox/count").json().getJsonNumber("waiting").longValue() >= 1);

        JsonObject detail = as("wuxiuying").get("api/exchange/inbox/" + item.getString("id")).json();
        JsonObject verification = detail.getJsonObject("verification");
        assertTrue(verification.getBoolean("valid"), detail.toString());
        assertEquals(5, verification.getJsonArray("checks").size());
        assertTrue(verification.getJsonArray("checks").stream().allMatch(c -> c.asJsonObject().getBoolean("passed")));
        JsonObject body = detail.getJsonArray("files").getJsonObject(0);
        assertEquals("正文", body.getString("role"));
        HttpResponse<byte[]> pdf = bytes(as("wuxiuying"), body.getString("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals(body.getString("sm3"), Sm3Digest.of(pdf.body()).toString(), "the file is what the manifest signs");
        assertArrayEquals(officialPdf(document), pdf.body(), "the addressee receives the sender's sealed PDF");

        Api.Reply accepted = as("wuxiuying").post("api/exchange/inbox/" + item.getString("id") + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        Api.Reply again = as("wuxiuying").post("api/exchange/inbox/" + item.getString("id") + "/accept", "{}");
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.json().getString("detail").contains("已于"), again.body());

        JsonObject toFinance = byRole(sent, "抄送");
        JsonObject financeItem = inboxItem("guoshuzhen", toFinance.getString("packageId"));
        Api.Reply noReason = as("guoshuzhen").post("api/exchange/inbox/" + financeItem.getString("id") + "/return", "{}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.json().getString("detail").contains("退回理由"), noReason.body());
        Api.Reply returned = as("guoshuzhen").post("api/exchange/inbox/" + financeItem.getString("id") + "/return",
                "{\"reason\": \"本局不是该文的办理单位，请核实主送范围。\"}");
        assertEquals(200, returned.status(), returned.toString());

        List<JsonObject> outcome = eventually("receipts back at the sender", () -> {
            List<JsonObject> a = addressees(document);
            return a.stream().noneMatch(x -> x.getString("state").equals("DELIVERED")) ? a : null;
        });
        JsonObject cityOutcome = byRole(outcome, "主送");
        assertEquals("ACCEPTED", cityOutcome.getString("state"), cityOutcome.toString());
        assertEquals("吴秀英", cityOutcome.getString("acceptedBy"));
        assertNotNull(cityOutcome.getString("acceptedAt", null));
        JsonObject financeOutcome = byRole(outcome, "抄送");
        assertEquals("RETURNED", financeOutcome.getString("state"), financeOutcome.toString());
        assertEquals("本局不是该文的办理单位，请核实主送范围。", financeOutcome.getString("reason"));

        JsonObject summary = as("sunmeiling").get("api/exchange/sent").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("documentId").equals(document)).findFirst().orElseThrow();
        assertEquals(2, summary.getJsonObject("counts").getInt("total"));
        assertEquals(1, summary.getJsonObject("counts").getInt("accepted"));
        assertEquals(1, summary.getJsonObject("counts").getInt("returned"));
        assertCountsAreThePackagesStates(document);

        String audit = as("zhangwei").get("api/audit?action=exchange.&size=200").body();
        for (String action : List.of("exchange.distributed", "exchange.received", "exchange.accepted", "exchange.returned",
                "exchange.receipt")) {
            assertTrue(audit.contains("\"" + action + "\""), action + " in " + audit);
        }
    }

    @Test
    void theSenderRecallsAWaitingPackageAndUrgesAnother() throws Exception {
        String finance = unitOf("guoshuzhen");
        String cityOffice = unitOf("wuxiuying");
        String document = distributedNotice("南江市教育局关于调整寒假放假时间的通知", List.of(finance), List.of(cityOffice));
        List<JsonObject> sent = eventually("delivered", () -> {
            List<JsonObject> a = addressees(document);
            return a.stream().allMatch(x -> x.getString("state").equals("DELIVERED")) ? a : null;
        });
        String toFinance = byRole(sent, "主送").getString("packageId");
        String toCity = byRole(sent, "抄送").getString("packageId");

        Api.Reply urged = as("sunmeiling").post("api/exchange/packages/" + toCity + "/urge", "{\"message\": \"请尽快签收\"}");
        assertEquals(200, urged.status(), urged.toString());
        JsonObject cityItem = eventually("urge arrived", () -> {
            JsonObject i = inboxItem("wuxiuying", toCity);
            return i.getInt("urgeCount") == 1 ? i : null;
        });
        assertEquals("请尽快签收", cityItem.getString("urgeMessage"));
        Api.Reply again = as("sunmeiling").post("api/exchange/packages/" + toCity + "/urge", "{}");
        assertEquals(409, again.status(), "a second urge at once: " + again);
        assertTrue(again.json().getString("detail").contains("催办过"), again.body());
        assertEquals(1, inboxItem("wuxiuying", toCity).getInt("urgeCount"), "the refused urge reached nobody");

        Api.Reply noReason = as("sunmeiling").post("api/exchange/packages/" + toFinance + "/recall", "{}");
        assertEquals(400, noReason.status(), noReason.toString());
        Api.Reply recall = as("sunmeiling").post("api/exchange/packages/" + toFinance + "/recall",
                "{\"reason\": \"放假时间有变，另行发文。\"}");
        assertEquals(200, recall.status(), recall.toString());
        assertEquals("RECALLING", recall.json().getString("state"));
        eventually("recall confirmed", () -> addressees(document).stream()
                .filter(a -> a.getString("packageId").equals(toFinance) && a.getString("state").equals("RECALLED"))
                .findFirst().orElse(null));
        JsonObject recalled = inboxItem("guoshuzhen", toFinance);
        assertEquals("RECALLED", recalled.getString("state"));
        assertEquals("放假时间有变，另行发文。", recalled.getString("recallReason"));
        assertFalse(as("guoshuzhen").get("api/exchange/inbox?state=WAITING&size=200").body().contains(toFinance),
                "a recalled package is no longer waiting");
        Api.Reply late = as("guoshuzhen").post("api/exchange/inbox/" + recalled.getString("id") + "/accept", "{}");
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.json().getString("detail").contains("撤回"), late.body());

        as("wuxiuying").post("api/exchange/inbox/" + cityItem.getString("id") + "/accept", "{}");
        eventually("accepted at the sender", () -> addressees(document).stream()
                .filter(a -> a.getString("packageId").equals(toCity) && a.getString("state").equals("ACCEPTED"))
                .findFirst().orElse(null));
        Api.Reply tooLate = as("sunmeiling").post("api/exchange/packages/" + toCity + "/recall", "{\"reason\": \"撤回\"}");
        assertEquals(409, tooLate.status(), tooLate.toString());
        assertTrue(tooLate.json().getString("detail").contains("签收"), tooLate.body());
        Api.Reply urgeAccepted = as("sunmeiling").post("api/exchange/packages/" + toCity + "/urge", "{}");
        assertEquals(409, urgeAccepted.status(), urgeAccepted.toString());
        // queued → sent → delivered → recalling → recalled, and → accepted: the counts kept as changes agree
        assertCountsAreThePackagesStates(document);
    }

    /** The sent list's counts per state (kept as changes) say what the document's packages say one by one. */
    private void assertCountsAreThePackagesStates(String document) {
        Map<String, Integer> fromRows = new java.util.TreeMap<>();
        for (JsonObject a : addressees(document)) {
            fromRows.merge(a.getString("state").toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        JsonObject counts = as("sunmeiling").get("api/exchange/sent").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("documentId").equals(document)).findFirst().orElseThrow().getJsonObject("counts");
        Map<String, Integer> fromCounts = new java.util.TreeMap<>();
        counts.forEach((state, n) -> {
            if (!state.equals("total") && ((jakarta.json.JsonNumber) n).intValue() != 0) {
                fromCounts.put(state, ((jakarta.json.JsonNumber) n).intValue());
            }
        });
        assertEquals(fromRows, fromCounts, "counts " + counts);
        assertEquals(addressees(document).size(), counts.getInt("total"));
    }

    @Test
    void theTrackingOfADocumentComesAPageAtATimeAndNarrowsByStateAndUnit() {
        String finance = unitOf("guoshuzhen");
        String cityOffice = unitOf("wuxiuying");
        String document = distributedNotice("南江市教育局关于开展校园安全检查的通知", List.of(finance), List.of(cityOffice));
        List<JsonObject> all = eventually("delivered", () -> {
            List<JsonObject> a = addressees(document);
            return a.size() == 2 && a.stream().allMatch(x -> x.getString("state").equals("DELIVERED")) ? a : null;
        });
        JsonObject main = byRole(all, "主送");
        JsonObject copy = byRole(all, "抄送");

        // a page of one: the counts are the document's, the pages together hold every addressee once, 主送 first
        JsonObject first = tracking(document, "size=1");
        assertEquals(2, first.getJsonObject("counts").getInt("total"));
        assertEquals(2, first.getJsonObject("counts").getInt("delivered"));
        assertEquals(2, first.getJsonNumber("matching").intValue());
        assertEquals(1, first.getJsonArray("addressees").size());
        JsonObject second = tracking(document, "size=1&page=1");
        assertEquals(main.getString("packageId"), first.getJsonArray("addressees").getJsonObject(0).getString("packageId"));
        assertEquals(copy.getString("packageId"), second.getJsonArray("addressees").getJsonObject(0).getString("packageId"));
        assertEquals(0, tracking(document, "size=1&page=2").getJsonArray("addressees").size(), "past the end");

        // by state
        assertEquals(2, tracking(document, "state=DELIVERED").getJsonArray("addressees").size());
        assertEquals(2, tracking(document, "state=accepted,delivered").getJsonArray("addressees").size(), "any case, a list");
        JsonObject none = tracking(document, "state=ACCEPTED");
        assertEquals(0, none.getJsonNumber("matching").intValue());
        assertEquals(0, none.getJsonArray("addressees").size());
        assertEquals(2, none.getJsonObject("counts").getInt("total"), "the counts stay the document's");

        // by part of the name or of the credit code
        String copyName = copy.getJsonObject("addressee").getString("name");
        JsonObject byName = tracking(document, "q=" + enc(copyName.substring(copyName.length() - 4)));
        assertEquals(List.of(copy.getString("packageId")), ids(byName));
        String mainCode = main.getJsonObject("addressee").getString("uscc");
        String fragment = mainCode.substring(9).toLowerCase(); // the organisation code part, any case
        assertFalse(copy.getJsonObject("addressee").getString("uscc").toLowerCase().contains(fragment), "a fragment of one code only");
        assertEquals(List.of(main.getString("packageId")), ids(tracking(document, "q=" + enc(fragment))));
        assertEquals(List.of(), ids(tracking(document, "q=" + enc("%"))), "% is a character, not a wildcard");

        // bad requests say what is wrong
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?state=WAITING"), 400, "状态");
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?size=0"), 400, "分页");
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?size=201"), 400, "分页");
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?page=-1"), 400, "分页");
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?page=x"), 400, null);
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + document + "?q=" + enc("单".repeat(101))), 400, "100");
        assertProblem(as("sunmeiling").get("api/exchange/sent/" + UUID.randomUUID()), 404, "尚未分发");
        assertEquals(403, as("hujunjie").get("api/exchange/sent/" + document).status(), "a drafter does not track");

        // 催办全部未签收: every waiting addressee at once, each told, and not again within the interval
        assertProblem(as("sunmeiling").post("api/exchange/sent/" + document + "/urge",
                "{\"message\": \"" + "请".repeat(201) + "\"}"), 400, "200");
        Api.Reply urgedAll = as("sunmeiling").post("api/exchange/sent/" + document + "/urge", "{\"message\": \"请今日内签收\"}");
        assertEquals(200, urgedAll.status(), urgedAll.toString());
        assertEquals(2, urgedAll.json().getInt("urged"));
        assertEquals(0, urgedAll.json().getInt("urgedRecently"));
        for (String[] addressee : List.of(new String[] {"guoshuzhen", main.getString("packageId")},
                new String[] {"wuxiuying", copy.getString("packageId")})) {
            JsonObject item = eventually("urged " + addressee[0], () -> {
                JsonObject i = inboxItem(addressee[0], addressee[1]);
                return i.getInt("urgeCount") == 1 ? i : null;
            });
            assertEquals("请今日内签收", item.getString("urgeMessage"));
        }
        assertTrue(addressees(document).stream().allMatch(a -> a.getInt("urgeCount") == 1), "the sender sees them urged");
        assertProblem(as("sunmeiling").post("api/exchange/sent/" + document + "/urge", "{}"), 409, "催办过");
        assertProblem(as("sunmeiling").post("api/exchange/packages/" + main.getString("packageId") + "/urge", "{}"), 409, "催办过");
        assertEquals(403, as("hujunjie").post("api/exchange/sent/" + document + "/urge", "{}").status(), "a drafter");
        assertEquals(404, as("wuxiuying").post("api/exchange/sent/" + document + "/urge", "{}").status(), "another unit");
    }

    @Test
    void aPackageBroughtOnMediaFromAPlatformNotConnectedIsAnsweredByAReceiptFile() throws Exception {
        // a real sealed PDF to carry: this platform's own notice to 财政局
        DeliveredToFinance delivered = deliveredToFinance("南江市教育局关于做好防汛准备的通知");
        String genuineId = delivered.packageId();
        Transfer genuine = delivered.transfer();
        PackageManifest real = ExchangeXml.readManifest(genuine.packages().get(0).xml());
        assertFalse(as("guoshuzhen").get("api/exchange/inbox/" + inboxItem("guoshuzhen", genuineId).getString("id")).json()
                .getBoolean("receiptsByMedia"), "a package that came over the network answers over the network");

        // a unit of a platform with no connection to this one sends a package on media
        PeerUnit far = trustedPeerUnit("media-test", "11449996X0000000", "远山县财政局");
        UUID id = UUID.randomUUID();
        PackageManifest letter = new PackageManifest(id, "远财〔2026〕3号", "远山县财政局关于报送决算报表的函", real.kind(),
                real.urgency(), far.party(), real.addressee(), real.role(), real.documentDate(), Instant.now(), real.files());
        assertEquals(202, importFile(TransferCodec.encode(new Transfer(UUID.randomUUID(), "far-platform",
                List.of(ExchangeSigning.sign(ExchangeXml.write(letter), far.key().signer(), far.chain())), List.of(), List.of(),
                genuine.files()))).status());
        String item = inboxItem("guoshuzhen", id.toString()).getString("id");
        assertTrue(as("guoshuzhen").get("api/exchange/inbox/" + item).json().getBoolean("receiptsByMedia"));
        Api.Reply accepted = as("guoshuzhen").post("api/exchange/inbox/" + item + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.toString());

        // the receipt comes as a file, signed by 财政局, saying 已签收 for that package
        HttpResponse<byte[]> file = bytes(as("guoshuzhen"), "api/exchange/inbox/" + item + "/receipt-file");
        assertEquals(200, file.statusCode());
        Transfer answer = TransferCodec.decode(file.body());
        assertEquals(1, answer.receipts().size());
        SignedDocument signed = answer.receipts().get(0);
        cn.xietong.exchange.format.Receipt receipt = ExchangeXml.readReceipt(signed.xml());
        assertEquals(cn.xietong.exchange.format.ReceiptOutcome.ACCEPTED, receipt.outcome());
        assertEquals(id, receipt.packageId());
        assertEquals(far.party().uscc(), receipt.packageSender().uscc());
        assertTrue(cn.xietong.signing.crypto.Sm2Verifier.verify(signed.chain().get(0).publicKey(), signed.xml(),
                signed.signature()), "signed by the addressee unit's exchange key");
        assertEquals(usccOf("guoshuzhen"), receipt.addressee().uscc());
        assertTrue(auditHas("exchange.receipt-exported", id.toString()));

        // nothing waits in the outbox for a platform no one can reach; another unit cannot take the receipt
        try (java.sql.Connection db = TestDatabase.connect();
             var rs = db.createStatement().executeQuery("select count(*) from exchange_outbox where platform_code = 'offline'")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "receipts for media are not queued");
        }
        HttpResponse<byte[]> otherUnit = bytes(as("wuxiuying"), "api/exchange/inbox/" + item + "/receipt-file");
        assertEquals(404, otherUnit.statusCode());
        assertTrue(new String(otherUnit.body(), java.nio.charset.StandardCharsets.UTF_8).contains("收文箱中没有"));
        assertEquals(403, bytes(as("hujunjie"), "api/exchange/inbox/" + item + "/receipt-file").statusCode());
    }

    /** A notice of 教育局 delivered to 财政局: its package, exported as a transfer file (介质交换). */
    private record DeliveredToFinance(String document, String packageId, byte[] file, Transfer transfer) {
    }

    private DeliveredToFinance deliveredToFinance(String title) throws Exception {
        String document = distributedNotice(title, List.of(unitOf("guoshuzhen")), List.of());
        String packageId = eventually("delivered", () -> addressees(document).stream()
                .filter(a -> a.getString("state").equals("DELIVERED")).findFirst().orElse(null)).getString("packageId");
        HttpResponse<byte[]> file = bytes(as("sunmeiling"), "api/exchange/packages/" + packageId + "/transfer-file");
        assertEquals(200, file.statusCode());
        return new DeliveredToFinance(document, packageId, file.body(), TransferCodec.decode(file.body()));
    }

    /** A unit of another platform whose root this platform's administrator trusts (added on first use). */
    private record PeerUnit(Party party, Sm2KeyPair key, List<Sm2Certificate> chain) {
    }

    private PeerUnit trustedPeerUnit(String platformCode, String first16, String unitName) {
        Instant from = Instant.now().minusSeconds(600);
        Sm2KeyPair rootKey = Sm2KeyPair.generate();
        PlatformCa root = PlatformCa.createRoot(new CertificateSubject(unitName + "所在平台根证书", unitName + "所在平台", null,
                Uscc.withCheckCharacter(first16 + "1")), rootKey.signer(), from, from.plus(Duration.ofDays(3650)));
        Api.Reply trusted = as("zhangwei").post("api/exchange/trusted-cas", Json.createObjectBuilder()
                .add("platformCode", platformCode).add("certificate", root.root().toPem()).build().toString());
        assertEquals(201, trusted.status(), trusted.toString());
        Party unit = new Party(Uscc.withCheckCharacter(first16 + "2").value(), unitName);
        Sm2KeyPair key = Sm2KeyPair.generate();
        List<Sm2Certificate> chain = new ArrayList<>(List.of(root.issue(CertificateProfile.EXCHANGE_SERVICE,
                CertificateSubject.unit(unitName, new Uscc(unit.uscc())), key.publicKey(), from)));
        chain.addAll(root.chain());
        return new PeerUnit(unit, key, chain);
    }

    private static List<String> ids(JsonObject tracking) {
        return tracking.getJsonArray("addressees").stream().map(a -> a.asJsonObject().getString("packageId")).toList();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void nobodySeesAnotherUnitsInboxOrSentPackages() {
        String finance = unitOf("guoshuzhen");
        String document = distributedNotice("南江市教育局关于报送教育经费统计表的通知", List.of(finance), List.of());
        String packageId = eventually("delivered", () -> addressees(document).stream()
                .filter(a -> a.getString("state").equals("DELIVERED")).findFirst().orElse(null)).getString("packageId");
        String itemId = inboxItem("guoshuzhen", packageId).getString("id");

        assertEquals(404, as("wuxiuying").get("api/exchange/inbox/" + itemId).status(), "another unit's clerk");
        assertEquals(404, as("wuxiuying").post("api/exchange/inbox/" + itemId + "/accept", "{}").status());
        assertEquals(403, as("hujunjie").get("api/exchange/inbox").status(), "a drafter of the same unit has no inbox");
        assertEquals(403, as("xuzhenhua").post("api/exchange/inbox/" + itemId + "/accept", "{}").status(),
                "the leader of the unit is not its clerk");
        assertEquals(404, as("wuxiuying").get("api/exchange/sent/" + document).status(), "another unit's tracking");
        assertEquals(404, as("wuxiuying").post("api/exchange/packages/" + packageId + "/recall",
                "{\"reason\": \"x\"}").status(), "another unit's recall");
        assertEquals(404, bytes(as("wuxiuying"), "api/exchange/packages/" + packageId + "/transfer-file").statusCode());
        assertEquals(401, Api.anonymous(base).get("api/exchange/inbox").status());
    }

    @Test
    void badInputsGetClearErrors() {
        Api clerk = as("sunmeiling");
        assertProblem(clerk.get("api/exchange/inbox?state=READ"), 400, "WAITING");
        assertProblem(clerk.get("api/exchange/inbox?size=1000"), 400, "size");
        assertProblem(clerk.get("api/exchange/inbox/not-a-uuid"), 400, null);
        assertProblem(clerk.get("api/exchange/inbox/" + UUID.randomUUID()), 404, "收文箱");

        String unsealed = as("zhaozihao").post("api/documents", notice("南江市教育局关于未用印公文的通知",
                List.of(unitOf("guoshuzhen")), List.of())).json().getString("id");
        assertProblem(clerk.post("api/exchange/distributions/" + unsealed,
                "{\"addressees\": [{\"uscc\": \"" + usccOf("guoshuzhen") + "\"}]}"), 409, "用印");
        String document = distributedNotice("南江市教育局关于补发测试的通知", List.of(unitOf("guoshuzhen")), List.of());
        assertProblem(clerk.post("api/exchange/distributions/" + document,
                "{\"addressees\": [{\"uscc\": \"91440300MA5XXXXX1X\"}]}"), 400, null);
        assertProblem(clerk.post("api/exchange/distributions/" + document,
                "{\"addressees\": [{\"uscc\": \"" + usccOf("guoshuzhen") + "\"}]}"), 409, "已收到");
        assertProblem(clerk.post("api/exchange/distributions/" + document,
                "{\"addressees\": [{\"uscc\": \"" + usccOf("wuxiuying") + "\", \"role\": \"CC\"}]}"), 400, "MAIN");
        assertProblem(clerk.post("api/exchange/distributions/" + document, "{}"), 400, "收文单位");

        Api admin = as("zhangwei");
        assertProblem(admin.put("api/exchange/routes", "[{\"uscc\": \"" + usccOf("wuxiuying")
                + "\", \"unitName\": \"x\", \"platformCode\": \"city\"}]"), 409, "本平台的单位");
        assertProblem(admin.put("api/exchange/routes", "[{\"uscc\": \"91440300MA5FXXXX1Y\", \"unitName\": \"x\","
                + " \"platformCode\": \"City!\"}]"), 400, null);
        assertProblem(admin.post("api/exchange/trusted-cas", "{\"platformCode\": \"city\", \"certificate\": \"不是证书\"}"),
                400, "PEM");
        assertProblem(clerk.put("api/exchange/routes", "[]"), 403, null);
        assertProblem(clerk.send(clerk.request("api/exchange/imports").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray("not a transfer".getBytes()))), 400, "交换包文件");
    }

    @Test
    void tamperedForgedAndReplayedPackagesAreRefusedAndAudited() throws Exception {
        DeliveredToFinance delivered = deliveredToFinance("南江市教育局关于防范电信诈骗的通知");
        String document = delivered.document();
        String packageId = delivered.packageId();
        Transfer genuine = delivered.transfer();

        // Replayed: the same package again (as a file brought on media) makes no second inbox entry.
        assertEquals(202, importFile(delivered.file()).status());
        eventually("replay audited", () -> auditHas("exchange.duplicate-ignored", packageId));
        assertEquals(1, inboxEntries("guoshuzhen", packageId), "still one inbox entry");

        // Tampered: one byte of the sealed PDF changed on the way.
        TransferFile pdf = genuine.files().get(0);
        byte[] changed = pdf.bytes().clone();
        changed[changed.length / 2] ^= 0x01;
        Transfer tampered = new Transfer(UUID.randomUUID(), genuine.fromPlatform(), genuine.packages(), List.of(), List.of(),
                List.of(new TransferFile(Sm3Digest.of(changed), changed)));
        assertEquals(202, importFile(TransferCodec.encode(tampered)).status());
        JsonObject refused = eventually("tampered refused", () -> rejection(packageId, "FILES"));
        assertTrue(refused.getString("reason").contains("SM3") || refused.getString("reason").contains("摘要"), refused.toString());

        // Forged: a manifest naming 教育局 as sender, signed under a CA this platform does not trust.
        PackageManifest real = ExchangeXml.readManifest(genuine.packages().get(0).xml());
        UUID forgedId = UUID.randomUUID();
        PackageManifest fake = new PackageManifest(forgedId, real.documentNumber(), "南江市教育局关于紧急转账的通知",
                real.kind(), "特急", real.sender(), real.addressee(), real.role(), real.documentDate(), Instant.now(),
                real.files());
        Instant now = Instant.now().minusSeconds(600);
        Sm2KeyPair rootKey = Sm2KeyPair.generate();
        PlatformCa rogue = PlatformCa.createRoot(new CertificateSubject("伪造根证书", "伪造平台", null,
                new Uscc(real.sender().uscc())), rootKey.signer(), now, now.plus(Duration.ofDays(3650)));
        Sm2KeyPair unitKey = Sm2KeyPair.generate();
        Sm2Certificate forgedCert = rogue.issue(CertificateProfile.EXCHANGE_SERVICE,
                CertificateSubject.unit(real.sender().name(), new Uscc(real.sender().uscc())), unitKey.publicKey(), now);
        List<Sm2Certificate> chain = new ArrayList<>(List.of(forgedCert));
        chain.addAll(rogue.chain());
        SignedDocument forged = ExchangeSigning.sign(ExchangeXml.write(fake), unitKey.signer(), chain);
        assertEquals(202, importFile(TransferCodec.encode(new Transfer(UUID.randomUUID(), "offline", List.of(forged),
                List.of(), List.of(), genuine.files()))).status());
        eventually("forged refused", () -> rejection(forgedId.toString(), "CERTIFICATE"));
        assertEquals(0, inboxEntries("guoshuzhen", forgedId.toString()), "a forged package never reaches the inbox");

        // Replayed with other content under the same package id: refused as such.
        PackageManifest sameId = new PackageManifest(real.packageId(), real.documentNumber(), "改过标题的通知", real.kind(),
                real.urgency(), real.sender(), real.addressee(), real.role(), real.documentDate(), real.sentAt(), real.files());
        SignedDocument resigned = ExchangeSigning.sign(ExchangeXml.write(sameId), unitKey.signer(), chain);
        assertEquals(202, importFile(TransferCodec.encode(new Transfer(UUID.randomUUID(), "offline", List.of(resigned),
                List.of(), List.of(), genuine.files()))).status());
        eventually("re-signed copy refused", () -> auditHas("exchange.rejected", "改过标题的通知"));

        // Replayed under another sender: a unit of a platform this one trusts signs a package that reuses the
        // genuine package id. Its signature and chain verify; the id is taken by another sender's package.
        PeerUnit other = trustedPeerUnit("replay-test", "11449997X0000000", "重放测试县财政局");
        PackageManifest stolenId = new PackageManifest(real.packageId(), "重测〔2026〕1号", "借用他人交换包编号的通知", real.kind(),
                real.urgency(), other.party(), real.addressee(), real.role(), real.documentDate(), Instant.now(), real.files());
        assertEquals(202, importFile(TransferCodec.encode(new Transfer(UUID.randomUUID(), "offline",
                List.of(ExchangeSigning.sign(ExchangeXml.write(stolenId), other.key().signer(), other.chain())), List.of(), List.of(),
                genuine.files()))).status());
        JsonObject replay = eventually("package id of another sender refused", () -> rejection(packageId, "REPLAY"));
        assertTrue(replay.getString("reason").contains("另一单位"), replay.toString());
        assertTrue(auditHas("exchange.rejected", "借用他人交换包编号的通知"));

        assertEquals("DELIVERED", addressees(document).get(0).getString("state"),
                "bad copies do not change what the sender sees of the good delivery");
        assertEquals(1, inboxEntries("guoshuzhen", packageId));
        assertTrue(auditHas("exchange.rejected", packageId));
    }

    @Test
    void thePlatformPublishesItsRootAndTheSchema() {
        Api anyone = Api.anonymous(base);
        JsonObject platform = anyone.get("api/exchange/platform").json();
        assertEquals("local", platform.getString("platformCode"));
        assertTrue(platform.getString("rootCertificate").startsWith("-----BEGIN CERTIFICATE-----"));
        Api.Reply schema = anyone.send(anyone.request("api/exchange/schema").setHeader("Accept", "application/xml").GET());
        assertEquals(200, schema.status());
        assertTrue(schema.body().contains("urn:xietong:exchange:1"), schema.body());
        assertEquals(200, as("zhangwei").get("api/exchange/dead-letters").status());
        assertEquals(403, as("sunmeiling").get("api/exchange/dead-letters").status());
    }

    // ---- helpers ----

    /** A notice of 教育局 taken through its route (核稿, 签发, 编号, 排版, 用印, 分发) to distribution. */
    private String distributedNotice(String title, List<String> main, List<String> copies) {
        Api drafter = as("zhaozihao");
        Api.Reply draft = drafter.post("api/documents", notice(title, main, copies));
        assertEquals(201, draft.status(), draft.toString());
        String documentId = draft.json().getString("id");
        Api.Reply submitted = drafter.post("api/workflow/instances", "{\"documentId\": \"" + documentId + "\"}");
        assertEquals(201, submitted.status(), submitted.toString());
        String instance = submitted.json().getString("id");
        approve("yanghuimin", instance, "同意", null);
        approve("liujianguo", instance, "同意印发", null);
        approve("sunmeiling", instance, null, null);
        approve("sunmeiling", instance, null, null);
        approve("zhuwenbin", instance, null, seal());
        approve("sunmeiling", instance, null, null);
        assertEquals("COMPLETED", drafter.get("api/workflow/instances/" + instance).json().getString("state"));
        return documentId;
    }

    private String notice(String title, List<String> main, List<String> copies) {
        var mainArray = Json.createArrayBuilder();
        main.forEach(mainArray::add);
        var copyArray = Json.createArrayBuilder();
        copies.forEach(copyArray::add);
        return Json.createObjectBuilder().add("kind", "通知").add("direction", "下行").add("title", title)
                .add("mainAddressees", mainArray).add("copiedAddressees", copyArray)
                .add("body", "<p>现将有关事项通知如下。</p><p>请认真贯彻落实。</p>")
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString();
    }

    private synchronized String seal() {
        if (sealId == null) {
            Api.Reply seal = as("zhuwenbin").post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                    .add("users", Json.createArrayBuilder().add(TestDatabase.personId("zhuwenbin"))).build().toString());
            assertEquals(201, seal.status(), seal.toString());
            sealId = seal.json().getString("id");
        }
        return sealId;
    }

    private void approve(String login, String instance, String opinion, String seal) {
        Api.Reply r = as(login).approveTaskOf(instance, opinion, seal);
        assertTrue(r.status() == 204 || r.status() == 200, login + ": " + r);
    }

    /** All addressees of a distributed document, page by page. */
    private List<JsonObject> addressees(String document) {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject r = tracking(document, "size=200&page=" + page);
            r.getJsonArray("addressees").stream().map(JsonValue::asJsonObject).forEach(all::add);
            if (all.size() >= r.getJsonNumber("matching").longValue()) {
                return all;
            }
        }
    }

    private JsonObject tracking(String document, String query) {
        Api.Reply r = as("sunmeiling").get("api/exchange/sent/" + document + "?" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject byRole(List<JsonObject> addressees, String role) {
        return addressees.stream().filter(a -> a.getString("role").equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " in " + addressees));
    }

    private JsonObject inboxItem(String clerk, String packageId) {
        return eventually("package " + packageId + " in the inbox of " + clerk, () -> as(clerk)
                .get("api/exchange/inbox?state=ALL&size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("packageId").equals(packageId)).findFirst().orElse(null));
    }

    private long inboxEntries(String clerk, String packageId) {
        return as(clerk).get("api/exchange/inbox?state=ALL&size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("packageId").equals(packageId)).count();
    }

    private JsonObject rejection(String packageId, String check) {
        return as("zhangwei").get("api/exchange/rejections?limit=500").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> packageId.equals(r.getString("packageId", null)) && r.getString("failedCheck").equals(check))
                .findFirst().orElse(null);
    }

    private Boolean auditHas(String action, String text) {
        String audit = as("zhangwei").get("api/audit?action=" + action + "&size=200").body();
        return audit.contains(text) ? Boolean.TRUE : null;
    }

    private Api.Reply importFile(byte[] bytes) {
        Api clerk = as("guoshuzhen");
        return clerk.send(clerk.request("api/exchange/imports").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private byte[] officialPdf(String document) throws Exception {
        HttpResponse<byte[]> r = bytes(as("zhaozihao"), "api/documents/" + document + "/official-pdf");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static HttpResponse<byte[]> bytes(Api api, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String detailContains) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        if (detailContains != null) {
            assertTrue(reply.json().getString("detail").contains(detailContains), reply.body());
        }
    }

    private String unitOf(String login) {
        return as(login).get("api/me").json().getString("unitId");
    }

    private String usccOf(String login) {
        return as("zhangwei").get("api/units/" + unitOf(login)).json().getString("creditCode");
    }

    private static <T> T eventually(String what, Supplier<T> probe) {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 30 s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
