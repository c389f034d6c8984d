package cn.xietong.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outgoing-document route over HTTP against PostgreSQL: templates, the full default route,
 * and each hard case — returning during a parallel countersign, adding and removing signers in
 * sequential and parallel countersign, refused withdrawal after a sibling acted, a task that nobody
 * active can act on, two people approving one task at the same moment, delegation, deadlines.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    private static final Map<String, Api> SESSIONS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    // ---- the full route ----

    @Test
    void noticeRunsThroughTheDefaultRouteToCompletion() {
        Api.Reply seal = as("zhengweiming").post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(TestDatabase.personId("zhengweiming"))).build().toString());
        assertEquals(201, seal.status(), seal.toString());
        String id = submit("wanghaoran", "NOTICE", "关于做好2026年防汛工作的通知",
                signers(person("zhengweiming"), department("wanghaoran", "文电科")));
        JsonObject started = instance("wanghaoran", id);
        assertEquals("RUNNING", started.getString("state"));
        assertEquals("核稿", started.getString("currentStepName"));
        assertEquals(7, started.getJsonArray("steps").size());

        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), "文稿规范，同意。"));
        assertEquals("会签", instance("wanghaoran", id).getString("currentStepName"));
        ok(approve("zhengweiming", todoTask("zhengweiming", id), "综合科无意见"));
        assertEquals("会签", instance("wanghaoran", id).getString("currentStepName"), "the other signer still has to agree");
        ok(approve("wuxiuying", todoTask("wuxiuying", id), "文电科无意见"));
        ok(approve("liguodong", todoTask("liguodong", id), "同意印发"));
        ok(approve("wuxiuying", todoTask("wuxiuying", id), null));   // 编号
        ok(approve("wuxiuying", todoTask("wuxiuying", id), null));   // 排版
        // 用印 with the seal made above (other tests may have made him more seals)
        ok(as("zhengweiming").post("api/workflow/tasks/" + todoTask("zhengweiming", id) + "/approve",
                Json.createObjectBuilder().add("sealId", seal.json().getString("id")).build().toString()));
        ok(approve("wuxiuying", todoTask("wuxiuying", id), null));   // 分发

        JsonObject done = instance("wanghaoran", id);
        assertEquals("COMPLETED", done.getString("state"));
        List<String> actions = done.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals("SUBMITTED", actions.get(0));
        assertEquals("COMPLETED", actions.get(actions.size() - 1));
        assertEquals(8, actions.stream().filter("APPROVED"::equals).count());
        assertTrue(done.getJsonArray("history").toString().contains("同意印发"));
        assertTrue(as("liguodong").get("api/workflow/tasks/done?size=200").body().contains(id));
        assertTrue(as("wanghaoran").get("api/workflow/instances/started?size=200").body().contains(id));
        assertFalse(as("wuxiuying").get("api/workflow/tasks/todo?size=200").body().contains(id));
    }

    @Test
    void returnToTheDrafterAndResubmitStartsTheRouteAgain() {
        String id = submit("wanghaoran", "DECISION", "关于表彰先进集体的决定", null);
        Api.Reply r = as("zhoulijuan").post("api/workflow/tasks/" + todoTask("zhoulijuan", id) + "/return",
                "{\"toStep\": -1, \"reason\": \"表彰名单请附上\"}");
        assertEquals(204, r.status(), r.toString());
        assertEquals("拟稿人修改", instance("wanghaoran", id).getString("currentStepName"));
        assertTrue(as("wanghaoran").get("api/workflow/notifications").body().contains("表彰名单请附上"));
        ok(approve("wanghaoran", todoTask("wanghaoran", id), "已补充名单"));
        JsonObject again = instance("wanghaoran", id);
        assertEquals("核稿", again.getString("currentStepName"));
        assertTrue(again.getJsonArray("history").toString().contains("RESUBMITTED"));
    }

    // ---- templates ----

    @Test
    void templatesAreManagedByUnitAdministratorsWithPointedErrors() {
        Api admin = as("zhengweiming");
        Api.Reply list = admin.get("api/workflow/templates");
        assertEquals(200, list.status(), list.toString());
        assertEquals(15, list.array().size());
        assertEquals(403, as("liguodong").get("api/workflow/templates").status());
        assertEquals(403, as("wanghaoran").put("api/workflow/templates/REPORT", simpleTemplate("REPORT")).status());

        Api.Reply bad = admin.put("api/workflow/templates/REPORT", """
                {"kind": "REPORT", "steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}]},
                  {"type": "COUNTERSIGN", "mode": "PARALLEL", "chosenAtSubmit": true},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADR"}], "deadline": "two days"}
                ]}""");
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("workflow.template.invalid", bad.code());
        String detail = bad.json().getString("detail");
        assertTrue(detail.contains("steps[2].assignees[0].role: 未知角色 LEADR"), detail);
        assertTrue(detail.contains("steps[2].deadline: 时限格式不正确"), detail);
        Api.Reply notJson = admin.put("api/workflow/templates/REPORT", "{\"steps\": [");
        assertEquals(400, notJson.status(), notJson.toString());
        assertEquals(400, admin.put("api/workflow/templates/REPORTS", simpleTemplate("REPORT")).status());

        Api.Reply v1 = admin.put("api/workflow/templates/REPORT", simpleTemplate("REPORT"));
        assertEquals(200, v1.status(), v1.toString());
        int first = v1.json().getInt("version");
        String running = submit("wanghaoran", "REPORT", "关于上半年工作情况的报告", null);

        Api.Reply export = admin.get("api/workflow/templates/REPORT/export");
        assertEquals(200, export.status(), export.toString());
        String edited = export.body().replace("\"REVIEW\"", "\"APPROVAL\"");
        Api.Reply v2 = admin.put("api/workflow/templates/%E6%8A%A5%E5%91%8A", edited);   // 报告
        assertEquals(200, v2.status(), v2.toString());
        assertEquals(first + 1, v2.json().getInt("version"));
        assertEquals("APPROVAL", admin.get("api/workflow/templates/REPORT").json().getJsonArray("steps")
                .getJsonObject(0).getString("type"));

        JsonObject kept = instance("wanghaoran", running);
        assertEquals(first, kept.getInt("templateVersion"), "a running instance keeps the version it started with");
        assertEquals("REVIEW", kept.getJsonArray("steps").getJsonObject(0).getString("type"));
        assertEquals(first + 1, instance("wanghaoran", submit("wanghaoran", "REPORT", "第二份报告", null)).getInt("templateVersion"));
    }

    // ---- the hard cases ----

    @Test
    void returningDuringParallelCountersignCancelsSiblings() {
        String id = submit("wanghaoran", "NOTICE", "关于开展安全生产大检查的通知",
                signers(person("zhengweiming"), person("wuxiuying"), person("zhangwei")));
        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), null));
        ok(approve("zhengweiming", todoTask("zhengweiming", id), "同意"));
        String zhangweiTask = todoTask("zhangwei", id);

        Api.Reply r = as("wuxiuying").post("api/workflow/tasks/" + todoTask("wuxiuying", id) + "/return",
                "{\"toStep\": 0, \"reason\": \"检查范围需与文电科再核对\"}");
        assertEquals(204, r.status(), r.toString());

        JsonObject after = instance("wanghaoran", id);
        assertEquals("核稿", after.getString("currentStepName"));
        JsonObject sibling = task(after, zhangweiTask);
        assertEquals("CANCELLED", sibling.getString("state"));
        assertTrue(sibling.getString("cancelReason").contains("吴秀英退回"), sibling.toString());
        assertFalse(as("zhangwei").get("api/workflow/tasks/todo?size=200").body().contains(id), "the cancelled sibling left the list");
        Api.Reply late = approve("zhangwei", zhangweiTask, "同意");
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.json().getString("detail").contains("已取消"), late.body());
        List<JsonObject> open = open(after);
        assertEquals(1, open.size(), after.toString());
        assertEquals("周丽娟", open.get(0).getString("assignee"), "the step goes back to whoever reviewed it");
    }

    @Test
    void withdrawAfterSiblingActedIsRefused() {
        String id = submit("wanghaoran", "NOTICE", "关于调整办公时间的通知",
                signers(person("zhengweiming"), person("wuxiuying")));
        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), null));
        ok(approve("zhengweiming", todoTask("zhengweiming", id), "同意"));

        Api.Reply r = as("zhoulijuan").post("api/workflow/instances/" + id + "/withdraw", "{\"reason\": \"还要改\"}");
        assertEquals(409, r.status(), r.toString());
        assertEquals("workflow.withdraw.already-acted", r.code());
        assertTrue(r.json().getString("detail").contains("郑伟明"), r.body());
        assertEquals("会签", instance("wanghaoran", id).getString("currentStepName"));
    }

    @Test
    void withdrawBeforeTheNextPersonActsReopensTheSendersTask() {
        String id = submit("wanghaoran", "NOTICE", "关于召开全市工作会议的通知",
                signers(person("zhengweiming"), person("wuxiuying")));
        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), null));
        Api.Reply r = as("zhoulijuan").post("api/workflow/instances/" + id + "/withdraw", "{\"reason\": \"会议时间有变\"}");
        assertEquals(200, r.status(), r.toString());
        JsonObject after = r.json();
        assertEquals("核稿", after.getString("currentStepName"));
        assertEquals(1, open(after).size());
        assertEquals("周丽娟", open(after).get(0).getString("assignee"));
        assertFalse(as("zhengweiming").get("api/workflow/tasks/todo?size=200").body().contains(id));

        Api.Reply notSender = as("wuxiuying").post("api/workflow/instances/" + id + "/withdraw", "{}");
        assertEquals(409, notSender.status(), notSender.toString());
        assertEquals("workflow.withdraw.not-sender", notSender.code());

        String other = submit("wanghaoran", "NOTICE", "撤回提交的通知", null);
        Api.Reply drafter = as("wanghaoran").post("api/workflow/instances/" + other + "/withdraw", "{}");
        assertEquals(200, drafter.status(), drafter.toString());
        assertEquals("拟稿人修改", drafter.json().getString("currentStepName"));
    }

    @Test
    void addingAndRemovingSignersWorksInSequentialCountersign() {
        Api.Reply imported = as("zhengweiming").put("api/workflow/templates/LETTER", """
                {"kind": "LETTER", "name": "函（顺序会签）", "steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}], "deadline": "P1D"},
                  {"type": "COUNTERSIGN", "mode": "SEQUENTIAL", "assignees": [{"person": "zhengweiming"}, {"person": "wuxiuying"}], "deadline": "P2D"},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}]}
                ]}""");
        assertEquals(200, imported.status(), imported.toString());
        String id = submit("wanghaoran", "LETTER", "关于商请支持数据共享的函", null);
        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), null));

        JsonObject cs = instance("wanghaoran", id);
        JsonObject zheng = taskOf(cs, "郑伟明", "OPEN");
        JsonObject wu = taskOf(cs, "吴秀英", "WAITING");
        assertFalse(as("wuxiuying").get("api/workflow/tasks/todo?size=200").body().contains(id), "not her turn yet");

        Api.Reply add = as("wanghaoran").post("api/workflow/instances/" + id + "/signers",
                "{\"personId\": \"" + personId("zhangwei") + "\", \"afterTaskId\": \"" + zheng.getString("id") + "\"}");
        assertEquals(201, add.status(), add.toString());
        Api.Reply twice = as("wanghaoran").post("api/workflow/instances/" + id + "/signers",
                "{\"personId\": \"" + personId("zhangwei") + "\"}");
        assertEquals(409, twice.status(), twice.toString());
        Api.Reply remove = as("wanghaoran").delete("api/workflow/instances/" + id + "/signers/" + wu.getString("id"));
        assertEquals(204, remove.status(), remove.toString());

        ok(approve("zhengweiming", zheng.getString("id"), "同意"));
        JsonObject turn = instance("wanghaoran", id);
        assertEquals("OPEN", taskOf(turn, "张伟", null).getString("state"), "the added signer comes right after 郑伟明");
        assertEquals("CANCELLED", task(turn, wu.getString("id")).getString("state"));
        Api.Reply removeActed = as("wanghaoran").delete("api/workflow/instances/" + id + "/signers/" + zheng.getString("id"));
        assertEquals(409, removeActed.status(), removeActed.toString());
        ok(approve("zhangwei", todoTask("zhangwei", id), "同意"));
        assertEquals("签发", instance("wanghaoran", id).getString("currentStepName"));
        assertTrue(instance("wanghaoran", id).getJsonArray("history").toString().contains("加签：张伟"));
    }

    @Test
    void addingAndRemovingSignersWorksInParallelCountersign() {
        String id = submit("wanghaoran", "NOTICE", "关于加强节能降耗的通知",
                signers(person("zhengweiming"), person("wuxiuying")));
        ok(approve("zhoulijuan", todoTask("zhoulijuan", id), null));
        Api.Reply add = as("zhengweiming").post("api/workflow/instances/" + id + "/signers",
                "{\"departmentId\": \"" + departmentId("wanghaoran", "信息中心") + "\"}");
        assertEquals(201, add.status(), add.toString());
        assertTrue(as("zhangwei").get("api/workflow/tasks/todo?size=200").body().contains(id), "an added parallel signer can act at once");
        Api.Reply notAllowed = as("zhangwei").delete("api/workflow/instances/" + id + "/signers/" + todoTask("wuxiuying", id));
        assertEquals(403, notAllowed.status(), notAllowed.toString());
        ok(as("wanghaoran").delete("api/workflow/instances/" + id + "/signers/" + todoTask("wuxiuying", id)));
        ok(approve("zhengweiming", todoTask("zhengweiming", id), null));
        assertEquals("会签", instance("wanghaoran", id).getString("currentStepName"));
        ok(approve("zhangwei", todoTask("zhangwei", id), null));
        assertEquals("签发", instance("wanghaoran", id).getString("currentStepName"));
    }

    @Test
    void concurrentApprovalsOneWinsOther409() throws Exception {
        String delegation = delegate("zhoulijuan", "wuxiuying");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String id = submit("wanghaoran", "BULLETIN", "关于第" + round + "季度督查情况的通报", null);
                String task = todoTask("zhoulijuan", id);
                assertTrue(as("wuxiuying").get("api/workflow/tasks/todo?size=200").body().contains(task), "the delegate sees it");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Api.Reply> a = pool.submit(() -> {
                    together.await();
                    return approve("zhoulijuan", task, "同意（本人）");
                });
                Future<Api.Reply> b = pool.submit(() -> {
                    together.await();
                    return approve("wuxiuying", task, "同意（代办）");
                });
                List<Integer> statuses = List.of(a.get().status(), b.get().status()).stream().sorted().toList();
                assertEquals(List.of(204, 409), statuses, a.get() + " / " + b.get());
                Api.Reply loser = a.get().status() == 409 ? a.get() : b.get();
                assertTrue(loser.isProblem(), loser.toString());
                assertTrue(loser.json().getString("detail").contains("已由"), loser.body());
                JsonObject i = instance("wanghaoran", id);
                assertEquals(1, i.getJsonArray("history").stream()
                        .filter(h -> h.asJsonObject().getString("action").equals("APPROVED")).count(), "exactly one approval recorded");
            }
        } finally {
            pool.shutdownNow();
            as("zhoulijuan").delete("api/workflow/delegations/" + delegation);
        }
    }

    @Test
    void aTaskVanishesFromNobodysList() throws Exception {
        String id = submit("zhaozihao", "REPORT", "关于教育经费使用情况的报告", null);
        String task = todoTask("yanghuimin", id);
        String unit = unitOf("yanghuimin");
        Api.Reply off = as("zhuwenbin").post("api/units/" + unit + "/people/" + personId("yanghuimin") + "/deactivate", "{}");
        assertEquals(200, off.status(), off.toString());
        try {
            JsonObject leaderSees = find(as("liujianguo").get("api/workflow/tasks/todo?size=200").items(), task);
            assertNotNull(leaderSees, "the unit's leader sees the task nobody can act on");
            assertTrue(leaderSees.getBoolean("stuck"));
            assertEquals("SUPERVISION", leaderSees.getString("relation"));
            assertEquals("没有可办理的在职人员", leaderSees.getString("stuckReason"));
            assertNotNull(find(as("zhuwenbin").get("api/workflow/tasks/todo?size=200").items(), task), "and so does its administrator");

            Api.Reply swept = as("zhangwei").post("api/workflow/sweeps", "{}");
            assertEquals(200, swept.status(), swept.toString());
            assertTrue(as("liujianguo").get("api/workflow/notifications").body().contains("积压"));

            Api.Reply handOn = as("liujianguo").post("api/workflow/tasks/" + task + "/transfer",
                    "{\"personId\": \"" + personId("sunmeiling") + "\", \"note\": \"杨慧敏已调离，请代为核稿\"}");
            assertEquals(204, handOn.status(), handOn.toString());
            ok(approve("sunmeiling", todoTask("sunmeiling", id), "同意"));
        } finally {
            as("zhuwenbin").post("api/units/" + unit + "/people/" + personId("yanghuimin") + "/activate", "{}");
        }
        assertTrue(instance("zhaozihao", id).getJsonArray("history").toString().contains("转办给孙美玲"));
    }

    @Test
    void everyOpenTaskShowsOnSomeActivePersonsList() throws Exception {
        submit("hujunjie", "OPINION", "关于预算绩效管理的意见", null);
        Map<String, String> lists = new ConcurrentHashMap<>();
        try (Connection db = TestDatabase.connect();
             PreparedStatement q = db.prepareStatement("select id from wf_task where state = 'OPEN'")) {
            ResultSet rs = q.executeQuery();
            List<String> open = new ArrayList<>();
            while (rs.next()) {
                open.add(rs.getString(1));
            }
            assertFalse(open.isEmpty());
            for (String task : open) {
                boolean somewhere = false;
                for (String who : eligibleLogins(db, task)) {
                    somewhere |= lists.computeIfAbsent(who, l -> as(l).get("api/workflow/tasks/todo?size=200").body()).contains(task);
                }
                assertTrue(somewhere, "open task " + task + " is on nobody's list");
            }
        }
    }

    @Test
    void delegateSeesAndActsOnTasksRecordedWithBothNames() {
        String delegation = delegate("xiewanqing", "tangguilan");
        try {
            String id = submit("songjiayi", "OPINION", "关于做好秋冬季疾病防控的意见", null);
            JsonObject seen = find(as("tangguilan").get("api/workflow/tasks/todo?size=200").items(), todoTask("xiewanqing", id));
            assertNotNull(seen);
            assertEquals("DELEGATED", seen.getString("relation"));
            assertEquals("谢婉清", seen.getString("onBehalfOf"));
            ok(approve("tangguilan", seen.getString("id"), "代为核稿，同意"));
            JsonObject approved = instance("songjiayi", id).getJsonArray("history").stream().map(JsonValue::asJsonObject)
                    .filter(h -> h.getString("action").equals("APPROVED")).findFirst().orElseThrow();
            assertEquals("唐桂兰（代谢婉清）", approved.getString("actor"));
        } finally {
            as("xiewanqing").delete("api/workflow/delegations/" + delegation);
        }
        Api.Reply self = as("xiewanqing").post("api/workflow/delegations", "{\"delegateId\": \"" + personId("xiewanqing")
                + "\", \"until\": \"" + OffsetDateTime.now().plusDays(1) + "\"}");
        assertEquals(400, self.status(), self.toString());
    }

    @Test
    void overdueTasksShowOnTheAssigneesAndTheLeadersList() throws Exception {
        String id = submit("hujunjie", "REQUEST", "关于追加专项资金的请示", null);
        String task = todoTask("maxiaoyan", id);
        try (Connection db = TestDatabase.connect();
             PreparedStatement past = db.prepareStatement("update wf_task set due_at = now() - interval '2 hours' where id = ?")) {
            past.setObject(1, UUID.fromString(task));
            assertEquals(1, past.executeUpdate());
        }
        JsonObject mine = find(as("maxiaoyan").get("api/workflow/tasks/todo?size=200").items(), task);
        assertTrue(mine.getBoolean("overdue"));
        assertEquals("ASSIGNED", mine.getString("relation"));
        JsonObject leaders = find(as("xuzhenhua").get("api/workflow/tasks/todo?size=200").items(), task);
        assertNotNull(leaders, "the leader sees the overdue task");
        assertEquals("SUPERVISION", leaders.getString("relation"));
        JsonObject counts = as("maxiaoyan").get("api/todo-counts").json();
        assertTrue(counts.getInt("overdue") >= 1, counts.toString());
        assertTrue(counts.getInt("todo") >= counts.getInt("overdue"), counts.toString());
        long listed = as("maxiaoyan").get("api/workflow/tasks/todo?size=200").items().stream()
                .filter(v -> !v.asJsonObject().getString("relation").equals("SUPERVISION")).count();
        assertEquals(listed, counts.getInt("todo"), "the count is the list's length below 200: " + counts);
        assertEquals(200, as("zhangwei").post("api/workflow/sweeps", "{}").status());
        assertTrue(as("maxiaoyan").get("api/workflow/notifications").body().contains("超时"));
        assertTrue(as("xuzhenhua").get("api/workflow/notifications").body().contains("超时"));
    }

    @Test
    void urgeNotifiesAndTransferHandsTheTaskOn() {
        String id = submit("songjiayi", "CIRCULAR", "关于规范医疗废物处置的通告", null);
        Api.Reply urged = as("songjiayi").post("api/workflow/instances/" + id + "/urge", "{\"message\": \"今天要发\"}");
        assertEquals(200, urged.status(), urged.toString());
        assertTrue(urged.json().getInt("notified") >= 1);
        assertTrue(as("xiewanqing").get("api/workflow/notifications").body().contains("今天要发"));
        assertEquals(403, as("tangguilan").post("api/workflow/instances/" + id + "/urge", "{}").status());

        String task = todoTask("xiewanqing", id);
        ok(as("xiewanqing").post("api/workflow/tasks/" + task + "/claim", "{}"));
        Api.Reply toSelf = as("xiewanqing").post("api/workflow/tasks/" + task + "/transfer",
                "{\"personId\": \"" + personId("xiewanqing") + "\"}");
        assertEquals(400, toSelf.status(), toSelf.toString());
        ok(as("xiewanqing").post("api/workflow/tasks/" + task + "/transfer",
                "{\"personId\": \"" + personId("tangguilan") + "\", \"note\": \"请代为核稿\"}"));
        assertFalse(as("xiewanqing").get("api/workflow/tasks/todo?size=200").body().contains(id));
        Api.Reply withdrawAfterTransfer = as("songjiayi").post("api/workflow/instances/" + id + "/withdraw", "{}");
        assertEquals(409, withdrawAfterTransfer.status(), withdrawAfterTransfer.toString());
        ok(approve("tangguilan", todoTask("tangguilan", id), "同意"));
        assertEquals("签发", instance("songjiayi", id).getString("currentStepName"));
    }

    @Test
    void badInputAndWrongStatesAre4xxWithChineseMessages() {
        Api drafter = as("wanghaoran");
        assertProblem(drafter.post("api/workflow/instances", "{\"documentId\": \"" + UUID.randomUUID() + "\"}"),
                404, "document.not-found");
        assertProblem(drafter.post("api/workflow/instances", "{\"documentId\": \"abc\"}"), 400, "workflow.id.malformed");
        String unit = drafter.get("api/me").json().getString("unitId");
        Api.Reply notReady = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "NOTICE")
                .add("direction", "下行").add("title", "未填公开属性的通知").add("body", "<p>正文</p>")
                .add("mainAddressees", Json.createArrayBuilder().add(unit)).build().toString());
        assertEquals(201, notReady.status(), notReady.toString());
        assertProblem(drafter.post("api/workflow/instances", "{\"documentId\": \"" + notReady.json().getString("id") + "\"}"),
                400, "document.not-ready");
        Api.Reply order = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "ORDER")
                .add("direction", "下行").add("title", "命令").add("body", "<p>正文</p>")
                .add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        assertProblem(drafter.post("api/workflow/instances", "{\"documentId\": \"" + order.json().getString("id")
                + "\", \"signers\": [{\"personId\": \"" + personId("zhengweiming") + "\"}]}"),
                400, "workflow.signer.no-such-step");
        assertProblem(as("liguodong").post("api/workflow/instances", "{\"documentId\": \"" + order.json().getString("id") + "\"}"),
                403, "access.role-required");
        assertProblem(drafter.post("api/workflow/tasks/not-a-uuid/approve", "{}"), 400, "workflow.id.malformed");
        assertProblem(drafter.post("api/workflow/tasks/" + UUID.randomUUID() + "/approve", "{}"), 404, "workflow.task.not-found");

        String id = submit("wanghaoran", "NOTICE", "关于规范公文格式的通知", null);
        String document = instance("wanghaoran", id).getString("documentId");
        assertProblem(drafter.post("api/workflow/instances", "{\"documentId\": \"" + document + "\"}"),
                409, "workflow.instance.already-running");
        String task = todoTask("zhoulijuan", id);
        assertProblem(approve("wuxiuying", task, null), 403, "workflow.task.not-assignee");
        assertProblem(as("zhaozihao").post("api/workflow/tasks/" + task + "/approve", "{}"), 404, "workflow.task.not-found");
        assertProblem(as("zhoulijuan").post("api/workflow/tasks/" + task + "/return", "{\"toStep\": 3, \"reason\": \"x\"}"),
                400, "workflow.return.bad-step");
        assertProblem(as("zhoulijuan").post("api/workflow/tasks/" + task + "/return", "{\"toStep\": -1}"),
                400, "workflow.return.reason-missing");
        assertProblem(as("zhaozihao").get("api/workflow/instances/" + id), 404, "workflow.instance.not-found");
        assertProblem(as("zhangwei").get("api/workflow/instances/" + id), 403, "workflow.instance.not-involved");
        assertProblem(drafter.post("api/workflow/instances/" + id + "/signers", "{\"personId\": \"" + personId("zhangwei") + "\"}"),
                409, "workflow.signer.not-countersign");
        assertProblem(as("zhangwei").post("api/workflow/sweeps", "{}"), 200, null);
        assertProblem(drafter.post("api/workflow/sweeps", "{}"), 403, "access.platform-admin-required");
    }

    // ---- helpers ----

    private static void assertProblem(Api.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.toString());
        if (code != null) {
            assertTrue(r.isProblem(), r.toString());
            assertEquals(code, r.code(), r.toString());
            String detail = r.json().getString("detail");
            assertTrue(detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), detail);
        }
    }

    private Api as(String login) {
        return SESSIONS.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    /** Drafts a ready document of the kind (as the drafter) and submits it; returns the instance id. */
    private String submit(String drafter, String kind, String title, JsonArray signers) {
        Api api = as(drafter);
        String unit = api.get("api/me").json().getString("unitId");
        boolean upward = List.of("REQUEST", "REPORT", "MOTION").contains(kind);
        Api.Reply draft = api.post("api/documents", Json.createObjectBuilder().add("kind", kind)
                .add("direction", upward ? "上行" : "下行").add("title", title)
                .add("body", "<p>" + title + "，请认真贯彻执行。</p>")
                .add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        var body = Json.createObjectBuilder().add("documentId", draft.json().getString("id"));
        if (signers != null) {
            body.add("signers", signers);
        }
        Api.Reply r = api.post("api/workflow/instances", body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    private JsonObject instance(String login, String id) {
        Api.Reply r = as(login).get("api/workflow/instances/" + id);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private Api.Reply approve(String login, String task, String opinion) {
        return as(login).post("api/workflow/tasks/" + task + "/approve",
                opinion == null ? "{}" : Json.createObjectBuilder().add("opinion", opinion).build().toString());
    }

    private static void ok(Api.Reply r) {
        assertTrue(r.status() == 204 || r.status() == 200, r.toString());
    }

    /** The task of the instance on the person's to-do list. */
    private String todoTask(String login, String instance) {
        return as(login).todoTask(instance);
    }

    private static JsonObject find(JsonArray tasks, String id) {
        return tasks.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("id").equals(id)).findFirst().orElse(null);
    }

    private static JsonObject task(JsonObject instance, String id) {
        JsonObject t = find(instance.getJsonArray("tasks"), id);
        assertNotNull(t, "no task " + id + " in " + instance);
        return t;
    }

    private static JsonObject taskOf(JsonObject instance, String assignee, String state) {
        return instance.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("assignee").equals(assignee) && (state == null || t.getString("state").equals(state)))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no task of " + assignee + " in " + instance));
    }

    private static List<JsonObject> open(JsonObject instance) {
        return instance.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("state").equals("OPEN")).toList();
    }

    private JsonArray signers(JsonObject... choices) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (JsonObject c : choices) {
            b.add(c);
        }
        return b.build();
    }

    private JsonObject person(String login) {
        return Json.createObjectBuilder().add("personId", personId(login)).build();
    }

    private JsonObject department(String colleague, String name) {
        return Json.createObjectBuilder().add("departmentId", departmentId(colleague, name)).build();
    }

    private String delegate(String principal, String delegate) {
        Api.Reply r = as(principal).post("api/workflow/delegations", "{\"delegateId\": \"" + personId(delegate)
                + "\", \"until\": \"" + OffsetDateTime.now().plusDays(1) + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    private static String simpleTemplate(String kind) {
        return """
                {"kind": "%s", "name": "简易流程", "steps": [
                  {"type": "REVIEW", "assignees": [{"role": "REVIEWER"}], "deadline": "P1D"},
                  {"type": "SIGN_OFF", "assignees": [{"role": "LEADER"}], "deadline": "P1D"},
                  {"type": "DISTRIBUTION", "assignees": [{"role": "CLERK"}], "deadline": "PT8H"}
                ]}""".formatted(kind);
    }

    private static String personId(String login) {
        return sql("select id from org_person where username = ?", login);
    }

    private static String unitOf(String login) {
        return sql("select unit_id from org_person where username = ?", login);
    }

    private static String departmentId(String colleague, String name) {
        return sql("select d.id from org_department d join org_person p on p.unit_id = d.unit_id "
                + "where p.username = ? and d.name = '" + name.replace("'", "") + "'", colleague);
    }

    /** Logins of the active people who may act on the task (assignee, role holders) and of the unit's leaders. */
    private static List<String> eligibleLogins(Connection db, String task) throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                select distinct p.username from wf_task t join org_person p on p.unit_id = t.unit_id and p.active
                where t.id = ? and (p.id = t.assignee_person_id
                  or (t.assignee_person_id is null
                      and (t.assignee_department_id is null or p.department_id = t.assignee_department_id)
                      and (t.assignee_role is null or exists (select 1 from org_person_role r where r.person_id = p.id and r.role_name = t.assignee_role)))
                  or exists (select 1 from org_person_role r where r.person_id = p.id and r.role_name in ('LEADER', 'UNIT_ADMIN')))
                """)) {
            q.setObject(1, UUID.fromString(task));
            ResultSet rs = q.executeQuery();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static String sql(String query, String param) {
        try (Connection db = TestDatabase.connect(); PreparedStatement q = db.prepareStatement(query)) {
            q.setString(1, param);
            ResultSet rs = q.executeQuery();
            assertTrue(rs.next(), "nothing for " + param + ": " + query);
            return rs.getString(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
