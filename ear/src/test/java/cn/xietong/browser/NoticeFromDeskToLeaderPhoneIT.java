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
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outgoing notice (发文) through the screens: at the desk 王浩然 drafts a 通知 in the form (正文
 * typed into the editor), saves it twice and compares the revisions, sees that it is ready and submits
 * it with 综合科 and 文电科 countersigning; 周丽娟 approves 核稿 at the desk; the two departments agree
 * over the API; 李国栋 on a phone opens 待办, reads the notice, taps 同意印发 and 同意 and sees his
 * sign-off recorded with a valid signature; the clerk and the seal administrator finish over the API;
 * back at the desk the document shows its number and the sealed official PDF, verified 有效.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeFromDeskToLeaderPhoneIT {

    private static final String TITLE = "南江市人民政府办公室关于开展冬季消防安全检查的通知";
    private static final String FIRST = "为预防和减少冬季火灾事故，市政府决定在全市开展冬季消防安全检查。";
    private static final String SECOND = "一、检查范围：各类人员密集场所和重点单位。";
    private static final String ADDED = "二、时间安排：12月1日至12月31日。";

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
    void noticeDraftedAtTheDeskIsSignedOffOnTheLeadersPhoneAndEndsSealedAndVerified() throws InterruptedException {
        // the seal administrator needs a seal listing him for 用印
        String sealAdmin = as("zhengweiming").get("api/me").json().getString("personId");
        Api.Reply seal = as("zhengweiming").post("api/seals", Json.createObjectBuilder().add("purpose", "公文专用章")
                .add("users", Json.createArrayBuilder().add(sealAdmin)).build().toString());
        assertEquals(201, seal.status(), seal.toString());

        String documentId;
        String instanceId;
        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            signIn(desk, "wanghaoran");
            desk.visible("#me-name");

            // 拟稿: the elements, the addressee picked by searching, the body typed into the editor
            desk.click("#sidenav a[href=\"#/docs/draft\"]");
            desk.visible("#draft-body");
            new org.openqa.selenium.support.ui.Select(desk.visible("select[name=\"kind\"]")).selectByVisibleText("通知");
            desk.type("input[name=\"issuingOrganMark\"]", "南江市人民政府办公室文件");
            desk.type("input[name=\"title\"]", TITLE);
            desk.type("input[data-unit-search=\"mainAddressees\"]", "教育局");
            desk.click(".unit-results button.unit-option");
            desk.withText(".unit-chips", "南江市教育局");
            desk.click("#draft-body");
            desk.visible("#draft-body").sendKeys(FIRST + "\n" + SECOND);
            desk.type("input[name=\"signatureOrgan\"]", "南江市人民政府办公室");
            desk.click("input[name=\"disclosure\"][value=\"PROACTIVE\"]");
            desk.click("input[name=\"policyDocument\"][value=\"false\"]");
            ((JavascriptExecutor) desk.driver).executeScript("window.scrollTo(0, 0)");
            desk.screenshotTall("ui-desk-draft", 1700);
            desk.click("#save-draft");
            desk.withText(".draft-form [data-form-message]", "已保存为第 1 稿");
            documentId = currentQuery(desk, "id");

            // a second revision adds a paragraph; 修订记录 shows it as an insertion
            WebElement body = desk.visible("#draft-body");
            ((JavascriptExecutor) desk.driver).executeScript("""
                    const area = arguments[0]; area.focus();
                    const range = document.createRange(); range.selectNodeContents(area); range.collapse(false);
                    const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);""", body);
            body.sendKeys("\n" + ADDED);
            desk.click("#save-draft");
            desk.withText(".draft-form [data-form-message]", "已保存为第 2 稿");
            desk.withText("#readiness", "可以提交");

            // 提交 with 综合科 and 文电科 countersigning
            for (WebElement label : desk.all("#submit-card label.check")) {
                if (label.getText().equals("综合科") || label.getText().equals("文电科")) {
                    label.findElement(By.tagName("input")).click();
                }
            }
            desk.click("#submit-draft");
            desk.withText("#history", "提交");
            instanceId = currentQuery(desk, "instance");
            assertTrue(desk.visible("#doc-step").getText().contains("核稿"));

            desk.click("#sidenav a[href=\"#/docs/mine\"]");
            openTask(desk, TITLE);
            desk.click("a[href^=\"#/docs/revisions\"]");
            WebElement inserted = desk.visible(".body-diff .diff-added ins");
            assertEquals(ADDED, inserted.getText());
            desk.click("#sign-out-top");

            // 核稿 at the desk
            signIn(desk, "zhoulijuan");
            desk.visible("#me-name");
            desk.click("#sidenav a[href=\"#/docs/todo\"]");
            openTask(desk, TITLE);
            desk.withText("#doc-body", SECOND);
            desk.click(".opinion-chip[data-opinion=\"同意\"]");
            desk.click("#approve");
            desk.withText("#flash", "核稿办理完毕");
            desk.click("#sign-out-top");
        }

        // 会签: both departments agree
        approve("zhengweiming", instanceId, "综合科无意见。", null);
        approve("wuxiuying", instanceId, "文电科无意见。", null);

        // 签发 on the leader's phone
        try (Browser phone = Browser.phone()) {
            phone.open(base.toString());
            signIn(phone, DemoPeople.LEADER.login());
            phone.visible("#me-name");
            phone.click("#tabbar a[href=\"#/docs/todo\"]");
            phone.loadUntilListed(TITLE);
            WebElement card = phone.withText(".tasks-list", TITLE);
            assertTrue(card.getText().contains("签发"), card.getText());
            assertTrue(card.getText().contains("通知"), card.getText());
            phone.screenshot("ui-phone-leader-todo");
            openTask(phone, TITLE);
            phone.withText("#doc-body", FIRST);
            assertTrue(phone.visible("#doc-title").getText().contains("消防安全检查"));
            phone.click(".opinion-chip[data-opinion=\"同意印发\"]");
            assertEquals("同意印发", phone.visible("#task-opinion").getAttribute("value"));
            ((JavascriptExecutor) phone.driver).executeScript(
                    "document.getElementById('action-card').scrollIntoView({block: 'end'})");
            phone.screenshot("ui-phone-leader-document");
            phone.click("#approve");
            phone.withText("#flash", "签名有效");
            WebElement signOff = phone.withText("#sign-offs", "签名有效");
            assertTrue(signOff.getText().contains(DemoPeople.LEADER.name()), signOff.getText());
            assertTrue(signOff.getText().contains("同意印发"), signOff.getText());
            assertFalse(phone.isDisplayed("#action-card"), "the task is done");
            phone.screenshot("ui-phone-leader-signed");
        }

        // 编号, 排版, 用印, 分发
        approve("wuxiuying", instanceId, null, null);
        approve("wuxiuying", instanceId, null, null);
        approve("zhengweiming", instanceId, null, seal.json().getString("id"));
        approve("wuxiuying", instanceId, null, null);
        String number = as("wanghaoran").get("api/documents/" + documentId).json().getString("documentNumber");

        // the drafter sees the number and the sealed official PDF, verified
        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            signIn(desk, "wanghaoran");
            desk.visible("#me-name");
            desk.click("#sidenav a[href=\"#/docs/mine\"]");
            openTask(desk, TITLE);
            assertEquals(number, desk.withText("#doc-number", "号").getText());
            assertTrue(number.matches("南府办〔20\\d\\d〕\\d+号"), number);
            desk.withText("#pdf-stage", "已盖章");
            WebElement verdict = desk.visible("#pdf-verification .verdict-passed");
            assertTrue(verdict.getText().contains("有效"), verdict.getText());
            assertTrue(desk.visible("#pdf-download").getAttribute("href").startsWith("blob:"));
            desk.withText("#doc-step", "已办结");
            desk.withText("#sign-offs", "签名有效");
            desk.visible("iframe.pdf-preview[data-loaded]");
            Thread.sleep(1500); // the PDF viewer draws the page a moment after its frame has loaded
            ((JavascriptExecutor) desk.driver).executeScript("window.scrollTo(0, 0)");
            desk.screenshotTall("ui-desk-document", 1300);
            desk.click("#pdf-verification .signature-details summary");
            WebElement signature = desk.visible("#pdf-verification article.signature");
            assertTrue(signature.getText().contains("郑伟明"), signature.getText());
            assertTrue(signature.getText().contains("南江市人民政府办公室公文专用章"), signature.getText());
        }
    }

    private void approve(String login, String instance, String opinion, String sealId) {
        Api.Reply r = as(login).approveTaskOf(instance, opinion, sealId);
        assertTrue(r.status() == 204 || r.status() == 200, login + ": " + r);
    }

    /** Opens the document from a list (待办, 我的拟稿) by tapping its title. */
    private static void openTask(Browser browser, String title) {
        browser.loadUntilListed(title);
        browser.withText("main", title);
        List<WebElement> links = browser.all("a.task-link");
        WebElement link = links.stream().filter(a -> a.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + title));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        browser.visible("#doc-title");
    }

    private static String currentQuery(Browser browser, String name) {
        Object value = ((JavascriptExecutor) browser.driver).executeScript(
                "const h = location.hash; return new URLSearchParams(h.slice(h.indexOf('?') + 1)).get(arguments[0])", name);
        assertTrue(value instanceof String s && !s.isBlank(), name + " in " + browser.driver.getCurrentUrl());
        return (String) value;
    }

    private static void signIn(Browser browser, String username) {
        browser.type("form.signin-form input[name=\"username\"]", username);
        browser.type("form.signin-form input[name=\"password\"]", DemoPeople.PASSWORD);
        browser.click("form.signin-form button[type=\"submit\"]");
    }
}
