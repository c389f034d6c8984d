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
import org.openqa.selenium.support.ui.Select;

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

    private static final DemoPeople.Person LEADER = DemoPeople.LEADER;
    private static final DemoPeople.Person COLLEAGUE = DemoPeople.COLLEAGUE;
    private static final DemoPeople.Person OTHER_UNIT = DemoPeople.OTHER_UNIT;

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

            signIn(phone, LEADER.login(), DemoPeople.PASSWORD);

            // 首页: name, unit, roles and the three counts, in the phone layout
            phone.withText("#me-name", LEADER.name());
            phone.withText("#me-unit", LEADER.unitName());
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
            WebElement colleague = search(phone, COLLEAGUE.name(), COLLEAGUE.name());
            assertEquals(COLLEAGUE.position(), cell(colleague, "position"));
            assertEquals(LEADER.unitName(), cell(colleague, "unit"));
            assertFalse(colleague.findElements(By.cssSelector(".mobile a[href^=\"tel:\"]")).isEmpty(),
                    "a colleague of one's own unit shows a mobile number");
            phone.screenshot("ui-phone-address-book");

            // a person of another unit: work contacts, but no mobile
            WebElement other = search(phone, OTHER_UNIT.name(), OTHER_UNIT.name());
            assertEquals(OTHER_UNIT.unitName(), cell(other, "unit"));
            assertEquals("—", cell(other, "mobile"), "no mobile for a person of another unit");
            phone.screenshot("ui-phone-address-book-other-unit");

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
            signIn(phone, DemoPeople.WRONG_PASSWORD.login(), "not-the-password-1");
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
            signIn(desk, LEADER.login(), DemoPeople.PASSWORD);
            desk.withText("#me-name", LEADER.name());
            desk.click("#sidenav a[href=\"#/address-book\"]");
            desk.waitForHash("#/address-book");
            // the whole of one's own unit: everybody's name, position, department and mobile
            new Select(desk.visible("select[name=\"unitId\"]")).selectByVisibleText(LEADER.unitName());
            WebElement colleague = search(desk, "", COLLEAGUE.name());
            assertFalse(cell(colleague, "mobile").equals("—"), "mobiles of one's own unit are shown");
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

    /** Searches with the text {@code query} and returns the result row of the person named {@code name}. */
    private static WebElement search(Browser browser, String query, String name) {
        browser.visible("#address-book-results");
        browser.absent("#address-book-results .loading");
        List<WebElement> before = browser.all("#address-book-results > *");
        browser.type("input[name=\"q\"]", query);
        browser.click("form[role=\"search\"] button[type=\"submit\"]");
        before.forEach(browser::gone);
        browser.absent("#address-book-results .loading");
        browser.withText("#address-book-results .summary", "共");
        return browser.all("#address-book-results tbody tr").stream()
                .filter(row -> cell(row, "name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result row for " + name));
    }

    private static String cell(WebElement row, String cls) {
        return row.findElement(By.cssSelector("td." + cls)).getText().trim();
    }
}
