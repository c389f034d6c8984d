package cn.xietong.browser;

import cn.xietong.it.Api;
import cn.xietong.it.XietongDeployment;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange between units (公文交换) through the screens. 孙美玲, the clerk of 南江市教育局, has her
 * 收文箱 open at the desk; 南江市人民政府办公室 takes a notice through its route over the API and
 * distributes it with 教育局 as 主送: her badge goes up and the notice appears in 待签收 without the
 * page being reloaded. She opens it — every arrival check passed, the PDF in the page — and 签收;
 * the badge goes down. 吴秀英, the sending clerk, sees 已签收 with its time in 发文跟踪. A second
 * notice is 退回 with a reason (which is required), and the sender reads 已退回 and the reason. A
 * third is recalled (撤回) by the sender from 发文跟踪 and leaves the addressee's 待签收 while her
 * page is open; it is under 已撤回. On a phone the inbox is a list of cards behind the 收文 tab.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeAtDeskIT {

    private static final String ACCEPTED = "南江市人民政府办公室关于做好2027年元旦春节期间值班工作的通知";
    private static final String RETURNED = "南江市人民政府办公室关于报送农村公路养护情况的通知";
    private static final String RECALLED = "南江市人民政府办公室关于调整城区停车收费标准的通知";
    private static final String RETURN_REASON = "本通知事项不属于教育局职责，请改送南江市交通运输局。";
    private static final String RECALL_REASON = "收费标准尚待物价部门复核，暂缓下发。";
    private static final String EDUCATION = "南江市教育局";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    private final Map<String, Api> apis = new HashMap<>();
    private String sealId;

    private Api as(String login) {
        return apis.computeIfAbsent(login, l -> Api.signIn(base, l));
    }

    @Test
    void aNoticeArrivesLiveIsAcceptedAnotherReturnedAThirdRecalledAndTheSenderTracksThemAll() {
        Api receiver = as(DemoPeople.RECEIVING_CLERK.login());
        int before = receiver.get("api/exchange/inbox/count").json().getInt("waiting");

        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            signIn(desk, DemoPeople.RECEIVING_CLERK.login());
            desk.visible("#me-name");
            desk.click("#sidenav a[href=\"#/exchange/inbox\"]");
            desk.visible("#inbox-results");
            waitForBadge(desk, before);
            ((JavascriptExecutor) desk.driver).executeScript("window.notReloaded = true");

            // 1. arrives while the inbox is open: the badge and the list change by themselves
            distributeToEducation(ACCEPTED);
            waitForBadge(desk, before + 1);
            desk.withText("#inbox-results", ACCEPTED);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) desk.driver).executeScript("return window.notReloaded"),
                    "the page was not reloaded");
            WebElement row = rowOf(desk, ACCEPTED);
            assertTrue(row.getText().contains("南府办〔"), row.getText());
            assertTrue(row.getText().contains("南江市人民政府办公室"), row.getText());
            assertTrue(row.getText().contains("主送"), row.getText());
            desk.screenshot("ui-desk-inbox");

            // opened: the arrival checks all passed, the PDF is in the page; 签收
            row.findElement(By.cssSelector("a.package-link")).click();
            desk.withText("#package-title", ACCEPTED);
            desk.withText("#package-verdict", "全部通过");
            List<WebElement> checks = desk.all("#package-checks li.check-item");
            assertTrue(checks.size() >= 5, "the checks are listed: " + checks.size());
            assertTrue(checks.stream().allMatch(c -> c.getAttribute("class").contains("check-passed")),
                    desk.visible("#package-checks").getText());
            assertTrue(desk.visible("#package-checks").getText().contains("签名"), desk.visible("#package-checks").getText());
            desk.visible("#package-pdf iframe.pdf-preview[data-loaded]");
            assertTrue(desk.visible("#package-pdf-download").getAttribute("href").startsWith("blob:"));
            desk.screenshotTall("ui-desk-package", 1100);
            desk.click("#accept-package");
            desk.withText("#flash", "已签收");
            desk.withText("#package-state", "已签收");
            assertFalse(desk.isDisplayed("#accept-package"), "accepted once");
            waitForBadge(desk, before);

            // the sender sees 已签收 with its time
            try (Browser sender = Browser.desk()) {
                sender.open(base.toString());
                signIn(sender, DemoPeople.SENDING_CLERK.login());
                sender.visible("#me-name");
                sender.click("#sidenav a[href=\"#/exchange/sent\"]");
                openTracking(sender, ACCEPTED);
                WebElement education = addresseeRow(sender, "已签收");
                String acceptedAt = education.findElement(By.cssSelector("td.accepted-at")).getText();
                assertTrue(acceptedAt.matches("\\d+月\\d+日 \\d\\d:\\d\\d.*"), acceptedAt);
                assertTrue(acceptedAt.contains(DemoPeople.RECEIVING_CLERK.name()), acceptedAt);
                assertTrue(education.findElements(By.cssSelector(".recall-button")).isEmpty(), "an accepted package cannot be recalled");
                sender.screenshot("ui-desk-tracking");
            }

            // 2. returned, with a reason that cannot be left out
            String returned = distributeToEducation(RETURNED);
            desk.click("#sidenav a[href=\"#/exchange/inbox\"]");
            waitForBadge(desk, before + 1);
            rowOf(desk, RETURNED).findElement(By.cssSelector("a.package-link")).click();
            desk.withText("#package-title", RETURNED);
            desk.click("#return-package");
            desk.click("#confirm-return");
            desk.withText("dialog .field-error", "请填写退回理由");
            desk.type("#return-reason", RETURN_REASON);
            desk.click("#confirm-return");
            desk.absent("dialog");
            desk.withText("#flash", "已退回");
            desk.withText("#package-facts", RETURN_REASON);
            waitForBadge(desk, before);

            try (Browser sender = Browser.desk()) {
                sender.open(base.toString());
                signIn(sender, DemoPeople.SENDING_CLERK.login());
                sender.visible("#me-name");
                sender.open(base + "#/exchange/sent/view?id=" + returned);
                WebElement education = addresseeRow(sender, "已退回");
                assertTrue(education.findElement(By.cssSelector("td.reason-cell")).getText().contains(RETURN_REASON), education.getText());
                assertFalse(education.findElement(By.cssSelector("td.returned-at")).getText().equals("—"), education.getText());
                // the tracking narrows by state and by unit: nothing accepted yet, the return under 已退回 and by name
                sender.click(".tracking-filters button[data-filter=\"ACCEPTED\"]");
                sender.withText("#tracking-empty", "没有符合条件");
                sender.withText(".tracking-filters button[aria-current=\"page\"]", "已签收 0");
                sender.click(".tracking-filters button[data-filter=\"RETURNED\"]");
                addresseeRow(sender, "已退回");
                sender.type("#tracking-search", "不存在的单位");
                sender.click("#tracking-search-button");
                sender.withText("#tracking-empty", "没有符合条件");
                sender.type("#tracking-search", EDUCATION.substring(EDUCATION.length() - 3));
                sender.click("#tracking-search-button");
                addresseeRow(sender, "已退回");
                sender.withText("#tracking-page", "符合条件 1 家");

                // 3. arrives; on a phone the clerk finds it behind the 收文 tab; then the sender recalls it
                String recalled = distributeToEducation(RECALLED);
                desk.click("#sidenav a[href=\"#/exchange/inbox\"]");
                waitForBadge(desk, before + 1);
                desk.withText("#inbox-results", RECALLED);
                ((JavascriptExecutor) desk.driver).executeScript("window.notReloaded = true");
                phoneShowsTheInbox(before + 1);

                sender.open(base + "#/exchange/sent/view?id=" + recalled);
                addresseeRow(sender, "已送达");
                sender.click("#urge-all");
                sender.type("#urge-all-message", "请今日内签收");
                sender.click("#confirm-urge-all");
                sender.absent("dialog");
                sender.withText("#flash", "已催办 1 家");
                WebElement waiting = addresseeRow(sender, "已送达");
                assertTrue(waiting.findElement(By.cssSelector("td.urge-cell")).getText().contains("1 次"), waiting.getText());
                // urging that unit again at once: the dialog shows the server's refusal and stays open
                waiting.findElement(By.cssSelector(".urge-button")).click();
                sender.click("#confirm-urge");
                sender.withText("dialog", "催办过");
                sender.click("dialog .dialog-foot .btn-quiet");
                sender.absent("dialog");
                waiting = addresseeRow(sender, "已送达");
                waiting.findElement(By.cssSelector(".recall-button")).click();
                sender.type("#recall-reason", RECALL_REASON);
                sender.click("#confirm-recall");
                sender.absent("dialog");
                sender.withText("#flash", "撤回");
                addresseeRow(sender, "已撤回");

                // it leaves 待签收 on the addressee's open page, and the badge goes down
                waitForBadge(desk, before);
                waitUntil(desk, () -> !desk.visible("#inbox-results").getText().contains(RECALLED));
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) desk.driver).executeScript("return window.notReloaded"));
                desk.click(".tabs a[data-state=\"RECALLED\"]");
                desk.withText("#inbox-results", RECALLED);
            }
        }
    }

    /** A phone (390×844): the 收文 tab with its badge, the waiting packages as cards. */
    private void phoneShowsTheInbox(int waiting) {
        try (Browser phone = Browser.phone()) {
            phone.open(base.toString());
            signIn(phone, DemoPeople.RECEIVING_CLERK.login());
            phone.visible("#me-name");
            assertFalse(phone.isDisplayed("#sidenav"), "no side navigation on a phone");
            phone.click("#tabbar a[href=\"#/exchange/inbox\"]");
            phone.withText("#inbox-results", RECALLED);
            waitForBadge(phone, "#tabbar .nav-badge", waiting);
            WebElement card = rowOf(phone, RECALLED);
            assertTrue(card.findElement(By.cssSelector("td.primary")).getRect().getY()
                    < card.findElement(By.cssSelector("td.number-cell")).getRect().getY(), "the title leads the card");
            Object label = ((JavascriptExecutor) phone.driver).executeScript(
                    "return getComputedStyle(arguments[0], '::before').content", card.findElement(By.cssSelector("td.sender-cell")));
            assertEquals("\"来文单位\"", label, "a card labels its cells");
            assertFalse(phone.isDisplayed("#inbox-results thead th"), "no table head on a phone");
            assertTrue(card.getRect().getWidth() <= 390, "the card fits the phone: " + card.getRect().getWidth());
            phone.screenshot("ui-phone-inbox");
        }
    }

    /** Takes a notice of 南江市人民政府办公室 through its route over the API, 教育局 as 主送; its id. */
    private String distributeToEducation(String title) {
        if (sealId == null) {
            Api admin = as(DemoPeople.UNIT_ADMIN.login());
            Api.Reply seal = admin.post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                    .add("users", Json.createArrayBuilder().add(admin.get("api/me").json().getString("personId")))
                    .build().toString());
            assertEquals(201, seal.status(), seal.toString());
            sealId = seal.json().getString("id");
        }
        String education = as(DemoPeople.RECEIVING_CLERK.login()).get("api/me").json().getString("unitId");
        Api drafter = as("wanghaoran");
        Api.Reply draft = drafter.post("api/documents", Json.createObjectBuilder().add("kind", "通知").add("direction", "下行")
                .add("issuingOrganMark", "南江市人民政府办公室文件").add("title", title)
                .add("mainAddressees", Json.createArrayBuilder().add(education))
                .add("body", "<p>请认真贯彻落实，确保各项工作有序开展。</p>").add("signatureOrgan", "南江市人民政府办公室")
                .add("disclosure", "主动公开").add("policyDocument", false).build().toString());
        assertEquals(201, draft.status(), draft.toString());
        String documentId = draft.json().getString("id");
        Api.Reply submitted = drafter.post("api/workflow/instances",
                Json.createObjectBuilder().add("documentId", documentId).build().toString());
        assertEquals(201, submitted.status(), submitted.toString());
        String instance = submitted.json().getString("id");
        approve("zhoulijuan", instance, "同意", null);                      // 核稿
        approve(DemoPeople.LEADER.login(), instance, "同意印发", null);     // 签发
        approve(DemoPeople.SENDING_CLERK.login(), instance, null, null);   // 编号
        approve(DemoPeople.SENDING_CLERK.login(), instance, null, null);   // 排版
        approve(DemoPeople.UNIT_ADMIN.login(), instance, null, sealId);    // 用印
        approve(DemoPeople.SENDING_CLERK.login(), instance, null, null);   // 分发
        return documentId;
    }

    private void approve(String login, String instance, String opinion, String seal) {
        Api.Reply r = as(login).approveTaskOf(instance, opinion, seal);
        assertTrue(r.status() == 204 || r.status() == 200, login + ": " + r);
    }

    private static void waitForBadge(Browser browser, int count) {
        waitForBadge(browser, "#sidenav .nav-badge", count);
    }

    /** Waits until the badge shows the count (0: hidden). */
    private static void waitForBadge(Browser browser, String css, int count) {
        waitUntil(browser, () -> {
            WebElement badge = browser.all(css).stream().findFirst().orElse(null);
            return badge != null && String.valueOf(count).equals(badge.getAttribute("data-count"))
                    && (count == 0) != badge.isDisplayed();
        });
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        // the screens re-render themselves (push, refresh): an element read as they do is read again
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static WebElement rowOf(Browser browser, String title) {
        browser.withText("#inbox-results", title);
        return browser.all("#inbox-results tbody tr").stream().filter(r -> r.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title));
    }

    private static void openTracking(Browser browser, String title) {
        browser.withText("#sent-results", title);
        WebElement link = browser.all("a.tracking-link").stream().filter(a -> a.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tracking link " + title));
        link.click();
        browser.withText("#tracking-title", title);
    }

    /** The row of 教育局 on a tracking screen, once its state reads as given (the screen refreshes itself). */
    private static WebElement addresseeRow(Browser browser, String state) {
        String css = "#tracking tr[data-addressee=\"" + EDUCATION + "\"]";
        waitUntil(browser, () -> browser.all(css).stream().anyMatch(r -> r.getText().contains(state)));
        return browser.all(css).getFirst();
    }

    private static void signIn(Browser browser, String username) {
        browser.type("form.signin-form input[name=\"username\"]", username);
        browser.type("form.signin-form input[name=\"password\"]", DemoPeople.PASSWORD);
        browser.click("form.signin-form button[type=\"submit\"]");
    }
}
