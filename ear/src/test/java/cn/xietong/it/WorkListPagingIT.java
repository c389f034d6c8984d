package cn.xietong.it;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work lists (待办, 已办, 我发起的, 我的拟稿) come in pages: page and size (default 50, at most
 * 200), the total, a stable order across pages (no item twice, none left out), and a 400 with a
 * Chinese message for a size above 200, a page below 1 or a number that is no number. People of
 * the transport bureau (交通运输局), whom no other test uses: 曹宇航 drafts, 邓海波 reviews.
 */
@ExtendWith(ArquillianExtension.class)
class WorkListPagingIT {

    private static final String DRAFTER = "caoyuhang";
    private static final String REVIEWER = "denghaibo";
    private static final int DOCUMENTS = 7;

    private static final Map<String, Api> SESSIONS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void listsComeInStablePagesWithTheirTotal() {
        List<String> instances = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            instances.add(submit("关于做好第" + i + "批公路养护工作的通知"));
        }

        // 待办: pages of 3 put together give the whole list once, in the same order as one page of 200
        List<String> whole = ids(page(REVIEWER, "api/workflow/tasks/todo?size=200"));
        long total = page(REVIEWER, "api/workflow/tasks/todo?size=200").getJsonNumber("total").longValue();
        assertEquals(whole.size(), total, "one page of 200 holds the whole list");
        assertTrue(total >= DOCUMENTS, "the reviewer has the submitted documents to review: " + total);
        JsonObject first = page(REVIEWER, "api/workflow/tasks/todo?page=1&size=3");
        assertEquals(3, first.getJsonArray("items").size());
        assertEquals(total, first.getJsonNumber("total").longValue());
        long pages = first.getJsonNumber("pages").longValue();
        assertEquals((total + 2) / 3, pages);
        List<String> paged = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            JsonObject one = page(REVIEWER, "api/workflow/tasks/todo?page=" + p + "&size=3");
            assertEquals(p, one.getInt("page"));
            assertEquals(p < pages ? 3 : total - 3 * (pages - 1), one.getJsonArray("items").size(), "page " + p);
            paged.addAll(ids(one));
        }
        assertEquals(whole, paged, "pages neither overlap nor leave a task out");
        JsonObject beyond = page(REVIEWER, "api/workflow/tasks/todo?page=" + (pages + 1) + "&size=3");
        assertEquals(0, beyond.getJsonArray("items").size(), "a page past the end is empty");
        assertEquals(total, beyond.getJsonNumber("total").longValue());

        // the most urgent first: deadlines never decrease down the list (no deadline last)
        List<Instant> due = page(REVIEWER, "api/workflow/tasks/todo?size=200").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(t -> t.isNull("dueAt") ? Instant.MAX : Instant.parse(t.getString("dueAt"))).toList();
        for (int i = 1; i < due.size(); i++) {
            assertFalse(due.get(i).isBefore(due.get(i - 1)), "deadline order at " + i + ": " + due);
        }
        // the default page is 50; the counts and the list's own items agree
        JsonObject byDefault = page(REVIEWER, "api/workflow/tasks/todo");
        assertEquals(50, byDefault.getInt("size"));
        assertEquals(Math.min(50, total), byDefault.getJsonArray("items").size());
        assertEquals(byDefault.getJsonNumber("own").longValue(),
                as(REVIEWER).get("api/todo-counts").json().getJsonNumber("todo").longValue());
        // one instance's tasks only (the document screen asks this)
        JsonObject ofOne = page(REVIEWER, "api/workflow/tasks/todo?instanceId=" + instances.get(0));
        assertEquals(1, ofOne.getJsonNumber("total").longValue());
        assertEquals(instances.get(0), ofOne.getJsonArray("items").getJsonObject(0).getString("instanceId"));

        // 已办: approving two puts them first, the latest on top; the total counts them
        long doneBefore = page(REVIEWER, "api/workflow/tasks/done?size=1").getJsonNumber("total").longValue();
        String firstApproved = as(REVIEWER).todoTask(instances.get(1));
        String lastApproved = as(REVIEWER).todoTask(instances.get(2));
        ok(as(REVIEWER).post("api/workflow/tasks/" + firstApproved + "/approve", "{}"));
        ok(as(REVIEWER).post("api/workflow/tasks/" + lastApproved + "/approve", "{}"));
        JsonObject done = page(REVIEWER, "api/workflow/tasks/done?page=1&size=1");
        assertEquals(doneBefore + 2, done.getJsonNumber("total").longValue());
        assertEquals(List.of(lastApproved), ids(done));
        assertEquals(List.of(firstApproved), ids(page(REVIEWER, "api/workflow/tasks/done?page=2&size=1")));
        assertEquals(total - 2, page(REVIEWER, "api/workflow/tasks/todo?size=1").getJsonNumber("total").longValue());

        // 我发起的 and 我的拟稿: the drafter's, in pages, with the route of each draft
        JsonObject started = page(DRAFTER, "api/workflow/instances/started?page=2&size=2");
        assertTrue(started.getJsonNumber("total").longValue() >= DOCUMENTS);
        assertEquals(2, started.getJsonArray("items").size());
        JsonObject drafts = page(DRAFTER, "api/documents?page=1&size=" + DOCUMENTS);
        assertEquals(DOCUMENTS, drafts.getJsonArray("items").size());
        assertTrue(drafts.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(d -> d.getJsonObject("route").getString("state").equals("RUNNING")), drafts.toString());
    }

    @Test
    void sizesAbove200AndPagesBelow1AreRefusedInChinese() {
        for (String list : List.of("api/workflow/tasks/todo", "api/workflow/tasks/done", "api/workflow/instances/started",
                "api/documents")) {
            assertEquals(200, as(REVIEWER).get(list + "?size=200").status(), list);
            refused(list + "?size=201", "paging.size", "200");
            refused(list + "?size=0", "paging.size", "200");
            refused(list + "?page=0", "paging.page", "页码");
            refused(list + "?page=-1", "paging.page", "页码");
            refused(list + "?size=many", "http.query-parameter.not-a-number", "整数");
        }
        refused("api/workflow/tasks/todo?instanceId=not-an-id", "http.query-parameter.not-an-id", "instanceId");
    }

    private void refused(String path, String code, String mentions) {
        Api.Reply r = as(REVIEWER).get(path);
        assertEquals(400, r.status(), path + ": " + r);
        assertEquals(code, r.code(), path + ": " + r);
        String detail = r.json().getString("detail");
        assertTrue(detail.contains(mentions), detail);
        assertTrue(detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), detail);
    }

    private JsonObject page(String login, String path) {
        Api.Reply r = as(login).get(path);
        assertEquals(200, r.status(), path + ": " + r);
        return r.json();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static void ok(Api.Reply r) {
        assertTrue(r.status() == 204 || r.status() == 200, r.toString());
    }

    private Api as(String login) {
        return SESSIONS.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    /** A ready notice of the drafter's, submitted; returns the instance id. */
    private String submit(String title) {
        Api api = as(DRAFTER);
        String unit = api.get("api/me").json().getString("unitId");
        Api.Reply draft = api.post("api/documents", Json.createObjectBuilder().add("kind", "NOTICE")
                .add("direction", "下行").add("title", title).add("body", "<p>" + title + "，请认真贯彻执行。</p>")
                .add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        Api.Reply r = api.post("api/workflow/instances", Json.createObjectBuilder()
                .add("documentId", draft.json().getString("id")).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }
}
