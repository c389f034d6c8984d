package cn.xietong.it.platforms;

import cn.xietong.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The people of one platform as the tests need them, over its API: signed-in clients by login, the
 * administrator's exchange settings (trusting a peer's root, routes), and a sealed notice taken
 * through its route by the people of one demo unit.
 */
public final class PlatformClerks {

    /** The people of a demo unit who take a notice through its route (docs/demo-data.md). */
    public record UnitPeople(String drafter, String reviewer, String leader, String clerk, String sealAdmin) {
    }

    /** 广东省人民政府办公厅 (粤府办). */
    public static final UnitPeople PROVINCE_OFFICE = new UnitPeople("linyating", "huangxiaodong", "chenzhiyuan", "liangshufen", "hejianhua");

    private final ServerProcess server;
    private final Map<String, Api> apis = new HashMap<>();
    private String sealId;

    public PlatformClerks(ServerProcess server) {
        this.server = server;
    }

    public ServerProcess server() {
        return server;
    }

    /** Signed in as this demo person (a new sign-in after the server restarted: tokens do not survive). */
    public Api as(String login) {
        return apis.computeIfAbsent(login, l -> Api.signIn(server.url(), l));
    }

    /** Forget the sign-ins (after a restart). */
    public void signOutAll() {
        apis.clear();
    }

    /** This platform's code and root certificate, as any peer reads them. */
    public JsonObject platform() {
        Api.Reply r = Api.anonymous(server.url()).get("api/exchange/platform");
        require(200, r);
        return r.json();
    }

    /** The platform administrator trusts the peer's root for its units' signatures. */
    public void trust(PlatformClerks peer, String admin) {
        JsonObject theirs = peer.platform();
        Api.Reply r = as(admin).post("api/exchange/trusted-cas", Json.createObjectBuilder()
                .add("platformCode", theirs.getString("platformCode")).add("certificate", theirs.getString("rootCertificate"))
                .build().toString());
        require(201, r);
    }

    /** The platform administrator routes these units (credit code → name) to a peer platform. */
    public void route(String admin, String platformCode, Map<String, String> units) {
        var rows = Json.createArrayBuilder();
        units.forEach((uscc, name) -> rows.add(Json.createObjectBuilder().add("uscc", uscc).add("unitName", name)
                .add("platformCode", platformCode)));
        require(200, as(admin).put("api/exchange/routes", rows.build().toString()));
    }

    public String unitOf(String login) {
        return as(login).get("api/me").json().getString("unitId");
    }

    public String usccOf(String login, String admin) {
        return as(admin).get("api/units/" + unitOf(login)).json().getString("creditCode");
    }

    /**
     * A 通知 of the people's unit to the unit itself, taken through 核稿, 签发, 编号, 排版, 用印 and 分发:
     * sealed and numbered, ready to be sent to further units (补发). Its document id.
     */
    public String sealedNotice(UnitPeople people, String title) {
        return sealedNotice(people, title, null);
    }

    /** The same with a PDF attached (附件), when {@code attachment} is not null. */
    public String sealedNotice(UnitPeople people, String title, byte[] attachment) {
        String unit = unitOf(people.drafter());
        Api.Reply draft = as(people.drafter()).post("api/documents", Json.createObjectBuilder().add("kind", "通知")
                .add("direction", "下行").add("title", title).add("mainAddressees", Json.createArrayBuilder().add(unit))
                .add("body", "<p>现将有关事项通知如下。</p><p>请认真贯彻落实。</p>").add("disclosure", "主动公开")
                .add("policyDocument", false).build().toString());
        require(201, draft);
        String documentId = draft.json().getString("id");
        if (attachment != null) {
            Api drafter = as(people.drafter());
            require(201, drafter.send(drafter.request("api/documents/" + documentId + "/attachments?name=attachment.pdf")
                    .header("Content-Type", "application/pdf").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(attachment))));
        }
        Api.Reply submitted = as(people.drafter()).post("api/workflow/instances", "{\"documentId\": \"" + documentId + "\"}");
        require(201, submitted);
        String instance = submitted.json().getString("id");
        approve(people.reviewer(), instance, "同意", null);
        approve(people.leader(), instance, "同意印发", null);
        approve(people.clerk(), instance, null, null);          // 编号
        approve(people.clerk(), instance, null, null);          // 排版
        approve(people.sealAdmin(), instance, null, seal(people.sealAdmin()));
        approve(people.clerk(), instance, null, null);          // 分发 (to its own unit: nothing to send)
        String state = as(people.drafter()).get("api/workflow/instances/" + instance).json().getString("state");
        if (!state.equals("COMPLETED")) {
            throw new AssertionError("the notice's route is " + state + ", not COMPLETED");
        }
        return documentId;
    }

    /** The clerk sends the document to further units by credit code (补发, 主送). */
    public JsonObject distribute(String clerk, String documentId, List<String> usccs) {
        var addressees = Json.createArrayBuilder();
        usccs.forEach(u -> addressees.add(Json.createObjectBuilder().add("uscc", u).add("role", "MAIN")));
        Api.Reply r = as(clerk).post("api/exchange/distributions/" + documentId,
                Json.createObjectBuilder().add("addressees", addressees).build().toString());
        require(200, r);
        return r.json();
    }

    /** The sender's tracking of a document: one entry per addressee, read page by page. */
    public List<JsonObject> addressees(String clerk, String documentId) {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply r = as(clerk).get("api/exchange/sent/" + documentId + "?size=200&page=" + page);
            require(200, r);
            r.json().getJsonArray("addressees").stream().map(JsonValue::asJsonObject).forEach(all::add);
            if (all.size() >= r.json().getJsonNumber("matching").longValue()) {
                return all;
            }
        }
    }

    private String seal(String sealAdmin) {
        if (sealId == null) {
            String person = as(sealAdmin).get("api/me").json().getString("personId");
            Api.Reply seal = as(sealAdmin).post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                    .add("users", Json.createArrayBuilder().add(person)).build().toString());
            require(201, seal);
            sealId = seal.json().getString("id");
        }
        return sealId;
    }

    private void approve(String login, String instance, String opinion, String seal) {
        Api.Reply r = as(login).approveTaskOf(instance, opinion, seal);
        if (r.status() != 204 && r.status() != 200) {
            throw new AssertionError(login + " could not approve: " + r);
        }
    }

    static void require(int status, Api.Reply r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ": " + r);
        }
    }

    /** Polls until the probe gives a value (not null), at most {@code limit}. */
    public static <T> T eventually(String what, Duration limit, Supplier<T> probe) {
        Instant until = Instant.now().plus(limit);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
