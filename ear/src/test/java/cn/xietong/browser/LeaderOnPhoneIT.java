package cn.xietong.browser;

import cn.xietong.it.XietongDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader on a phone: signs in, sees the home page with the to-do counts, finds a colleague in the
 * address book, sees no mobile for a person of another unit, and signs out. Also the same search at
 * a desk, and a wrong password. Screenshots go to target/screenshots (docs/images/ui-*.png are
 * copies of them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaderOnPhoneIT {

    /** From the demo organisation (docs/demo-data.md). */
    static final String PASSWORD = "Xietong@2026";
    static final String LEADER = DemoPeople.LEADER_LOGIN;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void leaderSignsInOnPhoneAndFindsColleagueInAddressBook() {
        try (Browser phone = Browser.phone()) {
            phone.open(base.toString());
            phone.visible("form.signin-form");
            assertFalse(phone.isDisplayed("#tabbar"), "no tab bar before signing in");
            phone.screenshot("ui-phone-sign-in");

            signIn(phone, LEADER, PASSWORD);

            // 首页: name, unit, roles and the three counts, in the phone layout
            phone.withText("#me-name", DemoPeople.LEADER_NAME);
            phone.withText("#me-unit", DemoPeople.LEADER_UNIT);
            assertTrue(phone.all(".welcome .chip").stream().anyMatch(c -> c.getText().equals("签发人/领导")),
                    "the leader's role is shown in Chinese");
            for (String count : new String[] {"todo", "overdue", "unread"}) {
                assertTrue(phone.visible("[data-count=\"" + count + "\"]").getText().matches("\\d+"), count);
            }
            assertTrue(phone.isDisplayed("#tabbar"), "phone layout: bottom tab bar");
            assertFalse(phone.isDisplayed("#sidenav"), "phone layout: no side navigation");
            phone.screenshot("ui-phone-home");

            // 通讯录: a colleague of the same unit, with position, unit and mobile
            phone.click("#tabbar a[href=\"#/address-book\"]");
            phone.waitForHash("#/address-book");
            WebElement colleague = search(phone, DemoPeople.COLLEAGUE_NAME);
            assertEquals(DemoPeople.COLLEAGUE_POSITION, cell(colleague, "position"));
            assertEquals(DemoPeople.LEADER_UNIT, cell(colleague, "unit"));
            assertFalse(colleague.findElements(By.cssSelector(".mobile a[href^=\"tel:\"]")).isEmpty(),
                    "a colleague of one's own unit shows a mobile number");
            phone.screenshot("ui-phone-address-book");

            // a person of another unit: work contacts, but no mobile
            WebElement other = search(phone, DemoPeople.OTHER_UNIT_NAME);
            assertEquals(DemoPeople.OTHER_UNIT_UNIT, cell(other, "unit"));
            assertEquals("—", cell(other, "mobile"), "no mobile for a person of another unit");

            // 我的 → 退出登录
            phone.click("#tabbar a[href=\"#/mine\"]");
            phone.click("#sign-out");
            phone.visible("form.signin-form");
            phone.waitForHash("#/login");
        }
    }

    @Test
    void wrongPasswordShowsTheServersChineseMessage() {
        try (Browser phone = Browser.phone()) {
            phone.open(base.toString());
            phone.visible("form.signin-form");
            signIn(phone, DemoPeople.WRONG_PASSWORD_LOGIN, "not-the-password-1");
            WebElement error = phone.visible(".signin-form .form-error");
            assertTrue(error.getText().contains("密码"), "Chinese error message, was: " + error.getText());
            assertEquals("#/login", phone.driver.getCurrentUrl().replaceFirst("^[^#]*", ""));
            phone.screenshot("ui-phone-sign-in-error");
        }
    }

    @Test
    void addressBookAtTheDeskIsATableWithSideNavigation() {
        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            desk.visible("form.signin-form");
            signIn(desk, LEADER, PASSWORD);
            desk.withText("#me-name", DemoPeople.LEADER_NAME);
            desk.click("#sidenav a[href=\"#/address-book\"]");
            desk.waitForHash("#/address-book");
            search(desk, DemoPeople.COLLEAGUE_NAME.substring(0, 1));
            assertTrue(desk.isDisplayed("#sidenav"), "desk layout: side navigation");
            assertFalse(desk.isDisplayed("#tabbar"), "desk layout: no tab bar");
            assertTrue(desk.isDisplayed("table.address-book thead th"), "desk layout: table with headers");
            desk.screenshot("ui-desk-address-book");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.type("form.signin-form input[name=\"username\"]", username);
        browser.type("form.signin-form input[name=\"password\"]", password);
        browser.click("form.signin-form button[type=\"submit\"]");
    }

    /** Searches by name and returns the first result row whose name is exactly the one searched. */
    private static WebElement search(Browser browser, String name) {
        browser.visible("#address-book-results");
        List<WebElement> before = browser.all("#address-book-results > *");
        browser.type("input[name=\"q\"]", name);
        browser.click("form[role=\"search\"] button[type=\"submit\"]");
        before.forEach(browser::gone);
        browser.withText("#address-book-results .summary", "共");
        return browser.all("#address-book-results tbody tr").stream()
                .filter(row -> cell(row, "name").equals(name) || name.length() == 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result row for " + name));
    }

    private static String cell(WebElement row, String cls) {
        return row.findElement(By.cssSelector("td." + cls)).getText().trim();
    }
}
