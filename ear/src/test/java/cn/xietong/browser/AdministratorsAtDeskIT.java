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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administrators at a desk: a unit administrator adds a department and a person with roles and an
 * initial password, the new person signs in, and once deactivated is off the staff list and out of
 * the address book; a platform administrator opens the region tree,
 * and when mistyping a credit code sees the server's message under that field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorsAtDeskIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void unitAdministratorAddsPersonWhoSignsInAndIsThenDeactivated() {
        String suffix = Long.toString(System.nanoTime() % 100000);
        String department = "督查科" + suffix;
        String login = "chenxiaoming" + suffix;
        String name = "陈晓明";
        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            signIn(desk, DemoPeople.UNIT_ADMIN.login(), DemoPeople.PASSWORD);
            desk.visible("#me-name");

            // a new department
            desk.click("#sidenav a[href=\"#/admin/departments\"]");
            desk.click(".page-head .btn");
            desk.type("dialog input[name=\"name\"]", department);
            desk.click("dialog button[type=\"submit\"]");
            desk.withText("table.departments", department);

            // a new person in it, with two roles and an initial password
            desk.click("#sidenav a[href=\"#/admin/people\"]");
            desk.visible("table.people");
            desk.click(".page-head .btn:not(.btn-secondary)");
            desk.type("dialog input[name=\"username\"]", login);
            desk.type("dialog input[name=\"name\"]", name);
            new Select(desk.visible("dialog select[name=\"departmentId\"]")).selectByVisibleText(department);
            desk.type("dialog input[name=\"position\"]", "科员");
            desk.type("dialog input[name=\"mobile\"]", "13907689999");
            desk.click("dialog input[name=\"roles\"][value=\"DRAFTER\"]");
            desk.click("dialog input[name=\"roles\"][value=\"REVIEWER\"]");
            desk.type("dialog input[name=\"password\"]", "Chushi2026");
            desk.click("dialog button[type=\"submit\"]");
            WebElement row = personRow(desk, login);
            assertTrue(row.getText().contains("拟稿人") && row.getText().contains("核稿人"), row.getText());
            assertTrue(row.getText().contains(department), row.getText());
            desk.screenshot("ui-desk-people");

            // the new person signs in with the initial password
            desk.click("#sign-out-top");
            signIn(desk, login, "Chushi2026");
            desk.withText("#me-name", name);
            desk.click("#sign-out-top");

            // deactivated: off the staff list and out of the address book
            signIn(desk, DemoPeople.UNIT_ADMIN.login(), DemoPeople.PASSWORD);
            desk.visible("#me-name");
            desk.click("#sidenav a[href=\"#/admin/people\"]");
            WebElement stale = personRow(desk, login);
            stale.findElement(By.cssSelector(".btn-danger")).click();
            desk.driver.switchTo().alert().accept();
            desk.gone(stale);
            assertTrue(desk.all("table.people tbody tr").stream().noneMatch(r -> r.getText().contains(login)));
            desk.click("#sidenav a[href=\"#/address-book\"]");
            desk.type("input[name=\"q\"]", login);
            desk.click("form[role=\"search\"] button[type=\"submit\"]");
            desk.withText("#address-book-results", "没有找到符合条件的人员");
        }
    }

    private static WebElement personRow(Browser desk, String login) {
        return desk.withText("table.people", login).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(login)).findFirst().orElseThrow();
    }

    @Test
    void platformAdministratorOpensRegionTreeAndSeesCreditCodeErrorUnderTheField() {
        try (Browser desk = Browser.desk()) {
            desk.open(base.toString());
            signIn(desk, DemoPeople.PLATFORM_ADMIN.login(), DemoPeople.PASSWORD);
            desk.visible("#me-name");
            // the region tree opens level by level
            desk.click("#sidenav a[href=\"#/admin/regions\"]");
            desk.click(".tree button[aria-label=\"展开 广东省\"]");
            desk.click(".tree button[aria-label=\"展开 南江市\"]");
            desk.withText(".tree", "青溪县");
            desk.screenshot("ui-desk-regions");

            desk.click("#sidenav a[href=\"#/admin/units\"]");
            desk.visible("table.units");
            desk.click(".page-head .btn");
            desk.type("dialog input[name=\"name\"]", "南江市测试局");
            desk.type("dialog input[name=\"shortName\"]", "南测");
            desk.type("dialog input[name=\"creditCode\"]", "11448800M004560164");
            new Select(desk.visible("dialog select[aria-label=\"省级区划\"]")).selectByVisibleText("广东省");
            new Select(desk.visible("dialog select[aria-label=\"市级区划\"]")).selectByVisibleText("南江市");
            desk.click("dialog button[type=\"submit\"]");
            WebElement input = desk.visible("dialog input[name=\"creditCode\"][aria-invalid=\"true\"]");
            String message = desk.driver.findElement(By.id(input.getAttribute("id") + "-error")).getText();
            assertTrue(message.contains("校验位"), message);
            assertEquals(input, desk.driver.switchTo().activeElement(), "the field at fault has the focus");
            desk.screenshot("ui-desk-unit-error");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.type("form.signin-form input[name=\"username\"]", username);
        browser.type("form.signin-form input[name=\"password\"]", password);
        browser.click("form.signin-form button[type=\"submit\"]");
    }
}
