package cn.xietong.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;






import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Electronic seals in the server: the seal administrator makes a seal for a leader, the leader
 * seals a PDF with it, anyone verifies the result; every refusal on the way.
 */
@ExtendWith(ArquillianExtension.class)
class SealIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    private String makeSealFor(String... logins) {
        var users = Json.createArrayBuilder();
        for (String login : logins) {
            users.add(TestDatabase.personId(login));
        }
        Api sealAdmin = Api.signIn(base, "zhengweiming");
        Api.Reply made = sealAdmin.post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", users).build().toString());
        assertEquals(201, made.status(), made.toString());
        return made.json().getString("id");
    }

    private static Api.Reply postPdf(Api api, String path, byte[] pdf) {
        String accept = path.contains("/applications") ? "application/pdf" : "application/json";
        return api.send(api.request(path).header("Content-Type", "application/pdf").setHeader("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    }

    private static byte[] sealedBytes(Api api, String path, byte[] pdf) throws Exception {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(api.request(path)
                .header("Content-Type", "application/pdf").setHeader("Accept", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        return r.body();
    }

    @Test
    void sealAdministratorMakesASealTheLeaderAppliesAndAnyoneVerifies() throws Exception {
        String seal = makeSealFor("liguodong");
        Api leader = Api.signIn(base, "liguodong");
        JsonObject view = leader.get("api/seals/" + seal).json();
        assertEquals("南江市人民政府办公室公文专用章", view.getString("name"));

        HttpResponse<byte[]> picture = java.net.http.HttpClient.newHttpClient().send(
                leader.request("api/seals/" + seal + "/picture").setHeader("Accept", "image/png").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, picture.statusCode());
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(picture.body(), 4));

        byte[] sealed = sealedBytes(leader, "api/seals/" + seal + "/applications?page=2&x=120&y=180", TestPdfs.twoPages());
        Api.Reply verified = postPdf(Api.anonymous(base), "api/verification", sealed);
        assertEquals(200, verified.status(), verified.toString());
        JsonObject report = verified.json();
        assertEquals("PASSED", report.getString("status"), report.toString());
        assertEquals(1, report.getInt("signatureCount"));
        JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
        assertEquals("李国栋", signature.getString("signerName"));
        assertEquals("南江市人民政府办公室公文专用章", signature.getString("sealName"));
        assertTrue(signature.getBoolean("coversWholeDocument"));
        assertEquals("NONE", signature.getString("changesAfter"));

        Api platformAdmin = Api.signIn(base, "zhangwei");
        String audit = platformAdmin.get("api/audit?action=seal.&size=50").body();
        assertTrue(audit.contains("seal.made") && audit.contains("seal.applied"), audit);
    }

    @Test
    void aChangeAfterSealingFailsVerification() throws Exception {
        String seal = makeSealFor("liguodong");
        byte[] sealed = sealedBytes(Api.signIn(base, "liguodong"), "api/seals/" + seal + "/applications", TestPdfs.twoPages());
        byte[] tampered = TestPdfs.withPageTextChanged(sealed);
        JsonObject report = postPdf(Api.anonymous(base), "api/verification", tampered).json();
        assertEquals("FAILED", report.getString("status"), report.toString());
    }

    @Test
    void onlyTheSealsUsersMayApplyIt() throws Exception {
        String seal = makeSealFor("liguodong");
        Api.Reply r = postPdf(Api.signIn(base, "wanghaoran"), "api/seals/" + seal + "/applications", TestPdfs.twoPages());
        assertEquals(403, r.status(), r.toString());
        assertEquals("seal.user-not-allowed", r.code());
    }

    @Test
    void onlySealAdministratorsMakeSealsAndOnlyForPeopleOfTheirUnit() {
        Api drafter = Api.signIn(base, "wanghaoran");
        Api.Reply r = drafter.post("api/seals", "{\"purpose\":\"公文专用章\",\"users\":[\"" + TestDatabase.personId("wanghaoran") + "\"]}");
        assertEquals(403, r.status(), r.toString());

        Api sealAdmin = Api.signIn(base, "zhengweiming");
        Api.Reply otherUnit = sealAdmin.post("api/seals", "{\"purpose\":\"公文专用章\",\"users\":[\"" + TestDatabase.personId("liujianguo") + "\"]}");
        assertEquals(400, otherUnit.status(), otherUnit.toString());
        assertEquals("seal.user.not-in-unit", otherUnit.code());

        Api.Reply noPurpose = sealAdmin.post("api/seals", "{\"users\":[\"" + TestDatabase.personId("liguodong") + "\"]}");
        assertEquals(400, noPurpose.status(), noPurpose.toString());
    }

    @Test
    void anotherUnitsSealIsNotFound() {
        String seal = makeSealFor("liguodong");
        Api.Reply r = Api.signIn(base, "liujianguo").get("api/seals/" + seal);
        assertEquals(404, r.status(), r.toString());
        assertEquals("seal.not-found", r.code());
    }

    @Test
    void notAPdfIsRefusedWithAClearMessage() {
        String seal = makeSealFor("liguodong");
        Api.Reply r = postPdf(Api.signIn(base, "liguodong"), "api/seals/" + seal + "/applications", "hello".getBytes());
        assertEquals(400, r.status(), r.toString());
        assertEquals("seal.pdf.not-a-pdf", r.code());
        assertTrue(r.json().getString("detail").contains("不是 PDF"), r.body());
        Api.Reply v = postPdf(Api.anonymous(base), "api/verification", "%PDF-1.7 broken".getBytes());
        assertEquals(400, v.status(), v.toString());
    }

    @Test
    void aPdfWithoutSealsSaysSo() throws Exception {
        JsonObject report = postPdf(Api.anonymous(base), "api/verification", TestPdfs.twoPages()).json();
        assertEquals(0, report.getInt("signatureCount"));
        assertTrue(report.getString("summary").contains("没有电子签章"), report.toString());
    }


}
