package cn.xietong.browser;

import cn.xietong.it.TestPdfs;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seals end to end in the browser: the seal administrator 郑伟明 makes a 公文专用章 for the leader
 * 李国栋 at the desk; 李国栋 seals a two-page PDF with it (last page, lower right by default) and
 * downloads the sealed copy; on a phone, without signing in, 验章 shows the copy as 有效 with
 * 李国栋 and the seal's name, and a copy with one byte of page text changed as 无效.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SealAtDeskAndVerifyOnPhoneIT {

    private static final String SEAL_NAME = DemoPeople.LEADER.unitName() + "公文专用章";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return XietongDeployment.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void sealMadeAtTheDeskIsAppliedByTheLeaderAndVerifiedOnAPhoneWithoutSigningIn() throws Exception {
        Path work = Files.createTempDirectory("xietong-seal-ui-");
        try {
            Path original = work.resolve("季度报告.pdf");
            Files.write(original, TestPdfs.twoPages());

            String sealId;
            byte[] sealed;
            try (Browser desk = Browser.desk()) {
                desk.open(base.toString());

                // 郑伟明 makes a 公文专用章 for 李国栋
                signIn(desk, DemoPeople.UNIT_ADMIN.login());
                desk.visible("#me-name");
                desk.click("#sidenav a[href=\"#/admin/seals\"]");
                desk.visible(".seal-list");
                desk.click("#make-seal");
                assertEquals("公文专用章", desk.visible("dialog input[name=\"purpose\"]").getAttribute("value"));
                desk.all("dialog label.check").stream().filter(l -> l.getText().startsWith(DemoPeople.LEADER.name()))
                        .findFirst().orElseThrow().findElement(By.tagName("input")).click();
                desk.click("dialog button[type=\"submit\"]");
                desk.absent("dialog");
                WebElement card = desk.withText(".seal-list", DemoPeople.LEADER.name())
                        .findElement(By.cssSelector(".seal-card"));
                assertTrue(card.getText().contains(SEAL_NAME), card.getText());
                assertTrue(card.getText().contains("有效"), card.getText());
                sealId = card.getAttribute("data-seal-id");
                assertPictureLoaded(desk, card.findElement(By.cssSelector("img.seal-picture")));
                desk.screenshot("ui-desk-seals");
                desk.click("#sign-out-top");

                // 李国栋 seals the PDF: the last page is proposed, lower right
                signIn(desk, DemoPeople.LEADER.login());
                desk.visible("#me-name");
                desk.click("#sidenav a[href=\"#/seals/use\"]");
                desk.click("input[name=\"seal\"][value=\"" + sealId + "\"]");
                desk.visible("#seal-pdf").sendKeys(original.toString());
                desk.withText("#pdf-pages", "共 2 页");
                assertEquals("2", desk.visible("input[name=\"page\"]").getAttribute("value"));
                desk.click("#apply-seal");
                WebElement download = desk.visible("#sealed-download");
                assertEquals("季度报告-已盖章.pdf", download.getAttribute("download"));
                desk.screenshot("ui-desk-seal-applied");
                sealed = desk.fetchBytes(download.getAttribute("href"));
                assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(sealed, 4));
                assertTrue(sealed.length > Files.size(original), "the sealed copy holds the stamp and the signature");
                assertArrayEquals(sealed, Files.readAllBytes(desk.downloaded("季度报告-已盖章.pdf")),
                        "the browser saved the same bytes under 原名-已盖章.pdf");
            }

            Path sealedFile = work.resolve("季度报告-已盖章.pdf");
            Files.write(sealedFile, sealed);
            byte[] tampered = TestPdfs.withPageTextChanged(sealed);
            Path tamperedFile = work.resolve("季度报告-改动.pdf");
            Files.write(tamperedFile, tampered);

            try (Browser phone = Browser.phone()) {
                // not signed in: 验章 from the sign-in screen
                phone.open(base.toString());
                phone.click("#verify-link");
                phone.waitForHash("#/verify");
                assertFalse(phone.isDisplayed("#tabbar"), "no navigation for someone not signed in");
                phone.driver.findElement(By.id("verify-pdf")).sendKeys(sealedFile.toString());
                WebElement verdict = phone.visible(".verdict-passed");
                assertTrue(verdict.getText().contains("有效"), verdict.getText());
                WebElement signature = phone.visible("article.signature");
                String text = signature.getText();
                assertTrue(text.contains(DemoPeople.LEADER.name()), text);
                assertTrue(text.contains(SEAL_NAME), text);
                assertTrue(text.contains("未改动"), text);
                assertTrue(phone.withText("#verify-result", "有效").getText().contains(DemoPeople.LEADER.name()));
                phone.screenshot("ui-phone-verify-valid");

                // the copy changed after sealing
                phone.open(base + "#/login");
                phone.click("#verify-link");
                phone.waitForHash("#/verify");
                phone.driver.findElement(By.id("verify-pdf")).sendKeys(tamperedFile.toString());
                WebElement failed = phone.visible(".verdict-failed");
                assertTrue(failed.getText().contains("无效"), failed.getText());
                WebElement failedCheck = phone.visible(".check-failed .check-name");
                assertFalse(failedCheck.getText().isBlank());
                phone.screenshot("ui-phone-verify-invalid");
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void assertPictureLoaded(Browser browser, WebElement img) {
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1", img);
        assertTrue(width instanceof Number n && n.intValue() > 0, "the seal picture is shown: " + width);
    }

    private static void signIn(Browser browser, String username) {
        browser.type("form.signin-form input[name=\"username\"]", username);
        browser.type("form.signin-form input[name=\"password\"]", DemoPeople.PASSWORD);
        browser.click("form.signin-form button[type=\"submit\"]");
    }


}
