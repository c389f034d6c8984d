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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in, sign-out, lockout, browser sessions and bearer tokens, the audit of all of it, and
 * errors as problem details — against the demo organisation on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    private static String credentials(String user, String password) {
        return Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
    }

    @Test
    void leaderSignsInWithTokenAndSeesThemselves() {
        Api leader = Api.signIn(base, "liguodong");
        Api.Reply me = leader.get("api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals("李国栋", me.json().getString("name"));
        assertTrue(me.json().getJsonArray("roles").toString().contains("LEADER"));
        assertTrue(me.json().getJsonArray("roleNames").toString().contains("签发人"));
    }

    @Test
    void loginNameIsCaseInsensitive() {
        Api.Reply r = Api.anonymous(base).post("api/tokens", credentials("LiGuoDong", Api.DEMO_PASSWORD));
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void wrongPasswordIsRefusedWithAChineseProblem() {
        Api.Reply r = Api.anonymous(base).post("api/tokens", credentials("liujianguo", "wrong-password-1"));
        assertEquals(401, r.status(), r.toString());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals("identity.sign-in.wrong-credentials", r.code());
        assertTrue(r.json().getString("detail").contains("账号或密码不正确"), r.body());
    }

    @Test
    void unknownLoginNameGetsTheSameAnswerAsAWrongPassword() {
        Api.Reply r = Api.anonymous(base).post("api/tokens", credentials("nobody-here", "whatever1"));
        assertEquals(401, r.status(), r.toString());
        assertEquals("identity.sign-in.wrong-credentials", r.code());
    }

    @Test
    void missingCredentialsAre400() {
        Api.Reply r = Api.anonymous(base).post("api/tokens", "{}");
        assertEquals(400, r.status(), r.toString());
        assertEquals("identity.sign-in.missing", r.code());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheUnitAdministratorUnlocksIt() {
        Api anonymous = Api.anonymous(base);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, anonymous.post("api/tokens", credentials("shijun", "wrong-" + i)).status());
        }
        Api.Reply fifth = anonymous.post("api/tokens", credentials("shijun", "wrong-5"));
        assertEquals(429, fifth.status(), fifth.toString());
        assertEquals("identity.account.locked", fifth.code());

        Api.Reply rightButLocked = anonymous.post("api/tokens", credentials("shijun", Api.DEMO_PASSWORD));
        assertEquals(429, rightButLocked.status(), "the right password does not open a locked account");
        assertTrue(rightButLocked.json().getString("detail").contains("锁定"), rightButLocked.body());

        Api villageAdmin = Api.signIn(base, "xiazhicheng");
        String shijun = villageAdmin.get("api/me").json().getString("unitId"); // same unit
        assertNotNull(shijun);
        String personId = TestDatabase.personId("shijun");
        Api.Reply unlock = villageAdmin.post("api/accounts/" + personId + "/unlock", "");
        assertEquals(204, unlock.status(), unlock.toString());
        assertEquals(200, anonymous.post("api/tokens", credentials("shijun", Api.DEMO_PASSWORD)).status());
    }

    @Test
    void anAdministratorOfAnotherUnitCannotUnlock() {
        Api cityAdmin = Api.signIn(base, "zhengweiming");
        Api.Reply r = cityAdmin.post("api/accounts/" + TestDatabase.personId("jinyuzhen") + "/unlock", "");
        assertEquals(403, r.status(), r.toString());
        assertEquals("access.unit-admin-required", r.code());
    }

    @Test
    void signingOutEndsTheToken() {
        Api drafter = Api.signIn(base, "wanghaoran");
        assertEquals(200, drafter.get("api/me").status());
        assertEquals(204, drafter.delete("api/tokens/current").status());
        Api.Reply after = drafter.get("api/me");
        assertEquals(401, after.status(), after.toString());
        assertEquals("identity.session.expired", after.code());
    }

    @Test
    void browserSessionIsAnHttpOnlyStrictCookieAndNeedsTheRequestHeaderToChangeThings() {
        Api browser = Api.anonymous(base);
        Api.Reply signIn = browser.post("api/session", credentials("tanwenhua", Api.DEMO_PASSWORD));
        assertEquals(200, signIn.status(), signIn.toString());
        String cookie = signIn.raw().headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("XIETONG_SESSION="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);

        assertEquals(200, browser.get("api/me").status(), "the cookie signs the browser in");

        String change = "{\"currentPassword\":\"wrong-one-1\",\"newPassword\":\"Another@2026\"}";
        Api.Reply noHeader = browser.send(browser.request("api/me/password").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)));
        assertEquals(403, noHeader.status(), "a cookie alone cannot change state: " + noHeader);
        assertEquals("identity.csrf-header-missing", noHeader.code());

        Api.Reply withHeader = browser.send(browser.request("api/me/password").header("Content-Type", "application/json")
                .header("X-Xietong-Request", "1").PUT(HttpRequest.BodyPublishers.ofString(change)));
        assertEquals(400, withHeader.status(), "with the header the request reaches the rule: " + withHeader);
        assertEquals("identity.password.current-wrong", withHeader.code());

        Api.Reply out = browser.send(browser.request("api/session").header("X-Xietong-Request", "1").DELETE());
        assertEquals(204, out.status());
        assertEquals(401, browser.get("api/me").status(), "signed out");
    }

    @Test
    void signInAndSignOutAreInTheAuditLogAndItsChainIsWhole() {
        Api clerk = Api.signIn(base, "wuxiuying");
        clerk.delete("api/tokens/current");
        Api platformAdmin = Api.signIn(base, "zhangwei");
        Api.Reply log = platformAdmin.get("api/audit?action=identity.sign&size=100");
        assertEquals(200, log.status(), log.toString());
        String body = log.body();
        assertTrue(body.contains("\"identity.sign-in\"") && body.contains("吴秀英"), body);
        assertTrue(body.contains("\"identity.sign-out\""), body);

        Api.Reply chain = platformAdmin.get("api/audit/chain");
        assertEquals(200, chain.status(), chain.toString());
        assertTrue(chain.json().getBoolean("intact"), chain.body());
    }

    @Test
    void alteringAnAuditEntryBreaksTheChainAtThatEntry() throws Exception {
        Api platformAdmin = Api.signIn(base, "zhangwei");
        try (Connection db = TestDatabase.connect()) {
            long seq;
            String original;
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select seq, detail from audit_entry where action = 'identity.sign-in' order by seq limit 1")) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            try (PreparedStatement ps = db.prepareStatement("update audit_entry set detail = ? where seq = ?")) {
                ps.setString(1, "tampered");
                ps.setLong(2, seq);
                ps.executeUpdate();
            }
            try {
                JsonObject result = platformAdmin.get("api/audit/chain").json();
                assertFalse(result.getBoolean("intact"), result.toString());
                assertEquals(seq, result.getJsonNumber("firstBrokenSeq").longValue());
            } finally {
                try (PreparedStatement ps = db.prepareStatement("update audit_entry set detail = ? where seq = ?")) {
                    ps.setString(1, original);
                    ps.setLong(2, seq);
                    ps.executeUpdate();
                }
            }
            assertTrue(platformAdmin.get("api/audit/chain").json().getBoolean("intact"), "restored");
        }
    }

    @Test
    void theAuditLogIsForAdministratorsOnly() {
        Api drafter = Api.signIn(base, "hujunjie");
        Api.Reply r = drafter.get("api/audit");
        assertEquals(403, r.status(), r.toString());
        assertEquals("access.role-required", r.code());
        assertEquals(401, Api.anonymous(base).get("api/audit").status());
        assertEquals(403, Api.signIn(base, "zhengweiming").get("api/audit/chain").status(),
                "a unit administrator cannot check the whole platform's chain");
    }

    @Test
    void aUnitAdministratorReadsOnlyTheirOwnUnitsAuditEntries() {
        Api.signIn(base, "liujianguo"); // education bureau, another unit
        Api cityAdmin = Api.signIn(base, "zhengweiming");
        String unit = cityAdmin.get("api/me").json().getString("unitId");
        var entries = cityAdmin.get("api/audit?size=200").array();
        assertFalse(entries.isEmpty());
        entries.forEach(e -> assertEquals(unit, e.asJsonObject().getString("unitId"), e.toString()));
    }

    @Test
    void malformedJsonIs400AndWrongContentTypeIs415() {
        Api anonymous = Api.anonymous(base);
        Api.Reply malformed = anonymous.post("api/tokens", "{\"username\": ");
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals("http.malformed-request", malformed.code());
        Api.Reply text = anonymous.send(anonymous.request("api/tokens").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("liguodong")));
        assertEquals(415, text.status(), text.toString());
        assertTrue(text.isProblem());
    }

    @Test
    void badQueryParameterIs400NotA404() {
        Api platformAdmin = Api.signIn(base, "zhangwei");
        Api.Reply r = platformAdmin.get("api/audit?page=abc");
        assertEquals(400, r.status(), r.toString());
        assertEquals("http.query-parameter.not-a-number", r.code());
    }

}
