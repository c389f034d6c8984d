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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation API as the demo organisation's people use it: unit administrators manage their
 * own unit and nobody else's, platform administrators manage units, credit codes are checked, and
 * the address book shows other units' people with work contacts only.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    /** 南江市人民政府办公室: unit and seal administrator. */
    private static final String CITY_OFFICE_ADMIN = "zhengweiming";
    /** 南江市人民政府办公室: drafter. */
    private static final String CITY_OFFICE_DRAFTER = "wanghaoran";
    /** 南江市人民政府办公室 信息中心: the platform administrator. */
    private static final String PLATFORM_ADMIN = "zhangwei";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void unitAdministratorAddsADepartmentAndAPersonAndManagesTheirRoles() {
        Api admin = Api.signIn(base, CITY_OFFICE_ADMIN);
        String unit = unitId(admin, "南江市人民政府办公室");

        Api.Reply dept = admin.post("api/units/" + unit + "/departments", "{\"name\":\"督查科\",\"sortOrder\":50}");
        assertEquals(201, dept.status(), dept.toString());
        String deptId = dept.json().getString("id");

        Api.Reply added = admin.post("api/units/" + unit + "/people", Json.createObjectBuilder()
                .add("username", "ITliuyang").add("name", "刘洋").add("departmentId", deptId)
                .add("position", "科员").add("officePhone", "(0768)2210199").add("mobile", "138 0768 9999")
                .add("workEmail", "liuyang@demo.xietong.cn")
                .add("roles", Json.createArrayBuilder().add("DRAFTER")).build().toString());
        assertEquals(201, added.status(), added.toString());
        JsonObject person = added.json();
        assertEquals("itliuyang", person.getString("username"));
        assertEquals("0768-2210199", person.getString("officePhone"));
        assertEquals("13807689999", person.getString("mobile"));
        String personPath = "api/units/" + unit + "/people/" + person.getString("id");

        Api.Reply roles = admin.put(personPath + "/roles", "{\"roles\":[\"DRAFTER\",\"REVIEWER\"]}");
        assertEquals(200, roles.status(), roles.toString());
        assertEquals(2, roles.json().getJsonArray("roles").size());

        Api.Reply platform = admin.put(personPath + "/roles", "{\"roles\":[\"PLATFORM_ADMIN\"]}");
        assertEquals(403, platform.status(), platform.toString());
        assertEquals("organisation.role.platform-admin-grant", platform.code());

        Api.Reply deactivated = admin.post(personPath + "/deactivate", "");
        assertEquals(200, deactivated.status(), deactivated.toString());
        assertFalse(deactivated.json().getBoolean("active"));
        Api.Reply gone = admin.get("api/address-book?q=" + enc("刘洋") + "&unitId=" + unit);
        assertEquals(0, gone.json().getInt("total"), gone.toString());

        Api.Reply taken = admin.post("api/units/" + unit + "/people",
                "{\"username\":\"wanghaoran\",\"name\":\"王浩然\"}");
        assertEquals(409, taken.status(), taken.toString());
        assertEquals("organisation.login-name.taken", taken.code());
    }

    @Test
    void aUnitKeepsItsLastUnitAdministratorAndOnlyPlatformAdministratorsTouchThatRole() {
        Api admin = Api.signIn(base, CITY_OFFICE_ADMIN);
        String unit = unitId(admin, "南江市人民政府办公室");
        JsonObject self = find(admin.get("api/units/" + unit + "/people"), CITY_OFFICE_ADMIN);
        JsonObject platformAdmin = find(admin.get("api/units/" + unit + "/people"), PLATFORM_ADMIN);

        Api.Reply lastAdmin = admin.put("api/units/" + unit + "/people/" + self.getString("id") + "/roles",
                "{\"roles\":[\"SEAL_ADMIN\"]}");
        assertEquals(409, lastAdmin.status(), lastAdmin.toString());
        assertEquals("organisation.unit.last-unit-admin", lastAdmin.code());

        Api.Reply revoke = admin.put("api/units/" + unit + "/people/" + platformAdmin.getString("id") + "/roles",
                "{\"roles\":[\"DRAFTER\"]}");
        assertEquals(403, revoke.status(), revoke.toString());
        assertEquals("organisation.role.platform-admin-grant", revoke.code());

        Api.Reply unknown = admin.put("api/units/" + unit + "/people/" + self.getString("id") + "/roles",
                "{\"roles\":[\"BOSS\"]}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("organisation.role.unknown", unknown.code());
    }

    @Test
    void unitAdministratorIsRefusedForAnotherUnit() {
        Api admin = Api.signIn(base, CITY_OFFICE_ADMIN);
        String education = unitId(admin, "南江市教育局");

        Api.Reply dept = admin.post("api/units/" + education + "/departments", "{\"name\":\"督查科\"}");
        assertEquals(403, dept.status(), dept.toString());
        assertTrue(dept.isProblem(), dept.toString());

        Api.Reply person = admin.post("api/units/" + education + "/people", "{\"username\":\"itzhaolei\",\"name\":\"赵磊\"}");
        assertEquals(403, person.status(), person.toString());
    }

    @Test
    void onlyAPlatformAdministratorCreatesAUnit() {
        Api platform = Api.signIn(base, PLATFORM_ADMIN);
        String region = platform.get("api/units?q=" + enc("南江市教育局")).json().getJsonArray("items")
                .getJsonObject(0).getString("regionId");
        String body = Json.createObjectBuilder().add("name", "南江市水务局").add("shortName", "南水")
                .add("creditCode", "11448800m004560830").add("regionId", region).build().toString();

        Api.Reply refused = Api.signIn(base, CITY_OFFICE_ADMIN).post("api/units", body);
        assertEquals(403, refused.status(), refused.toString());

        Api.Reply created = platform.post("api/units", body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("11448800M004560830", created.json().getString("creditCode"));
        assertEquals("南水", created.json().getString("shortName"));

        Api.Reply again = platform.post("api/units", body);
        assertEquals(409, again.status(), again.toString());
        assertEquals("organisation.uscc.taken", again.code());

        String renamed = Json.createObjectBuilder().add("name", "南江市水务和防汛局").add("shortName", "南水务")
                .add("creditCode", "11448800M004560830").add("regionId", region).add("sortOrder", 170).build().toString();
        Api.Reply updated = platform.put("api/units/" + created.json().getString("id"), renamed);
        assertEquals(200, updated.status(), updated.toString());
        assertEquals("南水务", updated.json().getString("shortName"));
    }

    @Test
    void regionsNestLevelByLevel() {
        Api platform = Api.signIn(base, PLATFORM_ADMIN);
        JsonObject province = platform.get("api/regions").array().getJsonObject(0);
        assertEquals("PROVINCE", province.getString("level"));
        String city = platform.get("api/regions?parentId=" + province.getString("id")).array().getJsonObject(0).getString("id");
        String county = platform.get("api/regions?parentId=" + city).array().getJsonObject(0).getString("id");
        String town = platform.get("api/regions?parentId=" + county).array().getJsonObject(0).getString("id");

        Api.Reply village = platform.post("api/regions", Json.createObjectBuilder().add("name", "荔枝村")
                .add("code", "448821101202").add("level", "VILLAGE").add("parentId", town).build().toString());
        assertEquals(201, village.status(), village.toString());

        Api.Reply skipping = platform.post("api/regions", Json.createObjectBuilder().add("name", "龙眼村")
                .add("code", "448821101203").add("level", "VILLAGE").add("parentId", county).build().toString());
        assertEquals(400, skipping.status(), skipping.toString());
        assertEquals("organisation.region.level-nesting", skipping.code());

        Api.Reply byDrafter = Api.signIn(base, CITY_OFFICE_DRAFTER).post("api/regions", Json.createObjectBuilder()
                .add("name", "龙眼村").add("code", "448821101203").add("parentId", town).build().toString());
        assertEquals(403, byDrafter.status(), byDrafter.toString());
    }

    @Test
    void aWrongCheckDigitIsA400ThatSaysWhichDigitIsWrong() {
        Api platform = Api.signIn(base, PLATFORM_ADMIN);
        String region = platform.get("api/units?q=" + enc("南江市教育局")).json().getJsonArray("items")
                .getJsonObject(0).getString("regionId");
        Api.Reply r = platform.post("api/units", Json.createObjectBuilder().add("name", "南江市统计局")
                .add("shortName", "南统").add("creditCode", "11448800M004560911").add("regionId", region)
                .build().toString());
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.isProblem(), r.toString());
        assertEquals("organisation.uscc.check-digit", r.code());
        assertTrue(r.json().getString("detail").contains("第18位应为"), r.toString());
    }

    @Test
    void theAddressBookShowsMobilesOfOnesOwnUnitOnly() {
        Api drafter = Api.signIn(base, CITY_OFFICE_DRAFTER);

        String education = unitId(drafter, "南江市教育局");
        String own = unitId(drafter, "南江市人民政府办公室");
        // Narrowed to the unit: a benchmark city loaded in the same run may hold namesakes.
        JsonObject other = single(drafter.get("api/address-book?q=" + enc("刘建国") + "&unitId=" + education));
        assertEquals("南江市教育局", other.getString("unitName"));
        assertTrue(!other.containsKey("mobile") || other.isNull("mobile"), "no mobile of another unit: " + other);
        assertTrue(other.containsKey("officePhone") && !other.isNull("officePhone"), other.toString());
        assertFalse(other.containsKey("roles"), other.toString());

        JsonObject colleague = single(drafter.get("api/address-book?q=" + enc("周丽娟") + "&unitId=" + own));
        assertTrue(colleague.containsKey("mobile") && !colleague.isNull("mobile"), colleague.toString());

        Api.Reply departments = drafter.get("api/address-book/departments?unitId=" + education);
        assertEquals(200, departments.status(), departments.toString());
        assertEquals(3, departments.array().size(), departments.toString());

        Api.Reply byPinyin = drafter.get("api/address-book?q=liujian");
        assertEquals("刘建国", byPinyin.json().getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void aPersonCannotReadAnotherUnitsPeopleOrDepartments() {
        Api drafter = Api.signIn(base, CITY_OFFICE_DRAFTER);
        String own = unitId(drafter, "南江市人民政府办公室");
        String education = unitId(drafter, "南江市教育局");

        Api.Reply people = drafter.get("api/units/" + education + "/people");
        assertEquals(403, people.status(), people.toString());
        assertEquals("organisation.other-unit-internal", people.code());
        assertEquals(403, drafter.get("api/units/" + education + "/departments").status());

        Api.Reply colleagues = drafter.get("api/units/" + own + "/people");
        assertEquals(200, colleagues.status(), colleagues.toString());
        assertTrue(colleagues.array().size() >= 6, colleagues.toString());
    }

    @Test
    void malformedInputIsA400NeverA500() {
        Api drafter = Api.signIn(base, CITY_OFFICE_DRAFTER);
        Api.Reply badId = drafter.get("api/units/not-a-uuid/people");
        assertEquals(400, badId.status(), badId.toString());
        assertEquals("organisation.id.malformed", badId.code());

        Api.Reply bigPage = drafter.get("api/address-book?size=101");
        assertEquals(400, bigPage.status(), bigPage.toString());

        Api platform = Api.signIn(base, PLATFORM_ADMIN);
        Api.Reply noBody = platform.post("api/units", "");
        assertEquals(400, noBody.status(), noBody.toString());

        Api.Reply badRegion = platform.post("api/regions",
                "{\"name\":\"某县\",\"code\":\"440021000000\",\"level\":\"COUNTY\"}");
        assertEquals(400, badRegion.status(), badRegion.toString());

        String region = platform.get("api/units?q=" + enc("南江市教育局")).json().getJsonArray("items")
                .getJsonObject(0).getString("regionId");
        Api.Reply longName = platform.post("api/units", Json.createObjectBuilder().add("name", "单".repeat(101))
                .add("shortName", "单").add("creditCode", "11448800M004560830").add("regionId", region)
                .build().toString());
        assertEquals(400, longName.status(), longName.toString());
        assertEquals("organisation.unit.name-too-long", longName.code());

        Api.Reply badPhone = Api.signIn(base, CITY_OFFICE_ADMIN).post("api/units/" + unitId(platform, "南江市人民政府办公室")
                + "/people", "{\"username\":\"itbadphone\",\"name\":\"钱多\",\"officePhone\":\"83133333\"}");
        assertEquals(400, badPhone.status(), badPhone.toString());
        assertEquals("organisation.phone.format", badPhone.code());
    }

    @Test
    void aPlatformAdministratorLoadsABenchmarkCityAndNobodyElseMay() {
        int people = Integer.getInteger("it.benchmark.people", 5_000);
        Api.Reply refused = Api.signIn(base, CITY_OFFICE_ADMIN).post("api/admin/benchmark-city?people=" + people, "");
        assertEquals(403, refused.status(), refused.toString());

        Api.Reply r = Api.signIn(base, PLATFORM_ADMIN).post("api/admin/benchmark-city?people=" + people, "");
        assertEquals(200, r.status(), r.toString());
        assertEquals(1_000, r.json().getInt("units"));
        assertEquals(people, r.json().getInt("people"));
        System.out.println("benchmark city in the server: " + r.body());

        Api.Reply badCount = Api.signIn(base, PLATFORM_ADMIN).post("api/admin/benchmark-city?people=12", "");
        assertEquals(400, badCount.status(), badCount.toString());
    }

    private static String unitId(Api api, String name) {
        Api.Reply r = api.get("api/units?q=" + enc(name));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    @Test
    void theUnitsLeaderWithoutADepartmentComesFirstInTheAddressBookAndStaffList() {
        Api leader = Api.signIn(base, "liguodong");
        String unit = leader.get("api/me").json().getString("unitId");
        Api.Reply book = leader.get("api/address-book?unitId=" + unit + "&size=50");
        assertEquals(200, book.status(), book.toString());
        assertEquals("李国栋", book.json().getJsonArray("items").getJsonObject(0).getString("name"), book.body());
        Api.Reply staff = leader.get("api/units/" + unit + "/people");
        assertEquals("李国栋", staff.array().getJsonObject(0).getString("name"), staff.body());
    }

    private static JsonObject find(Api.Reply people, String username) {
        assertEquals(200, people.status(), people.toString());
        return people.array().stream().map(v -> (JsonObject) v)
                .filter(p -> p.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static JsonObject single(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.json().getInt("total"), r.toString());
        return r.json().getJsonArray("items").getJsonObject(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
