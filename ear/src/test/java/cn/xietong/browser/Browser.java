package cn.xietong.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Selenium, as a phone (390×844, mobile user agent and touch)
 * or as a desk browser (1280×800). The browser and its driver are named explicitly
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; override with the system properties
 * {@code xietong.chromium} and {@code xietong.chromedriver}), so Selenium Manager downloads nothing.
 * Each browser starts from a fresh profile that is deleted on {@link #close()}.
 */
final class Browser implements AutoCloseable {

    static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";
    private static final Duration WAIT = Duration.ofSeconds(20);

    final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** A phone: 390×844 CSS pixels at device pixel ratio 2, mobile user agent, touch events. */
    static Browser phone() {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true, "mobile", true),
                "userAgent", PHONE_USER_AGENT));
        return start(options, null);
    }

    /** A desk browser showing pages at 1280×800. */
    static Browser desk() {
        return start(options(), new Dimension(1280, 800));
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("xietong.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN");
        return options;
    }

    private static Browser start(ChromeOptions options, Dimension window) {
        Path profile;
        try {
            profile = Files.createTempDirectory("xietong-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--user-data-dir=" + profile);
        // downloads land in the profile's own folder (deleted with it), without asking
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        if (window != null) {
            options.addArguments("--window-size=" + window.getWidth() + "," + window.getHeight());
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("xietong.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (window != null) {
            // --window-size is the outer window: grow it so that the page itself gets the size asked for
            Number chromeHeight = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
            driver.manage().window().setSize(new Dimension(window.getWidth(), window.getHeight() + chromeHeight.intValue()));
        }
        return new Browser(driver, profile);
    }

    /** The folder this browser saves downloads to. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits until a download of that name is complete in {@link #downloads()}, then returns its path. */
    Path downloaded(String name) {
        Path file = downloads().resolve(name);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads().resolve(name + ".crdownload")));
        return file;
    }

    /** The bytes behind a blob: (or any same-origin) URL, read back through the page's fetch. */
    byte[] fetchBytes(String url) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then((r) => r.arrayBuffer()).then((buffer) => {
                  const bytes = new Uint8Array(buffer);
                  let s = '';
                  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                  done(btoa(s));
                }).catch((e) => done('ERROR ' + e));
                """, url);
        if (!(base64 instanceof String text) || text.startsWith("ERROR")) {
            throw new IllegalStateException("could not read " + url + ": " + base64);
        }
        return java.util.Base64.getDecoder().decode(text);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element has the text (or contains it), then returns the element. */
    WebElement withText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until the element has left the page (replaced by a re-render). */
    void gone(WebElement element) {
        wait.until(ExpectedConditions.stalenessOf(element));
    }

    /** Waits until no element matches (or none is visible). */
    void absent(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * On a work list (待办, 已办) that loads 50 items at a time: taps "加载更多" until an item with the
     * text is on the page (or the list has no more), as a person looking for it would.
     */
    void loadUntilListed(String text) {
        // the list re-renders as pages arrive: an element read a moment ago may be gone
        WebDriverWait patient = new WebDriverWait(driver, WAIT);
        patient.ignoring(StaleElementReferenceException.class);
        patient.until(d -> d.findElement(By.tagName("main")).getText().contains(text) || isDisplayed("#load-more"));
        for (int more = 0; more < 20 && !driver.findElement(By.tagName("main")).getText().contains(text)
                && isDisplayed("#load-more"); more++) {
            String shown = patient.until(d -> d.findElement(By.cssSelector(".load-more span")).getText());
            click("#load-more");
            patient.until(d -> !isDisplayed("#load-more") || !d.findElement(By.cssSelector(".load-more span")).getText().equals(shown));
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean isDisplayed(String css) {
        return all(css).stream().anyMatch(WebElement::isDisplayed);
    }

    void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks like a person would: scrolled to the middle of the viewport first, so that a button low
     * on the page is not behind the phone's fixed tab bar (a person scrolls it up before tapping).
     */
    void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    void waitForHash(String hash) {
        wait.until(d -> hash.equals(((JavascriptExecutor) d).executeScript("return location.hash")));
    }

    /** Writes a PNG of the viewport to the screenshot folder (system property it.screenshots). */
    Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot at a taller viewport, so that a long desk page (the draft form, a document with its
     * official PDF) fits in one picture; the window's size is restored afterwards.
     */
    Path screenshotTall(String name, int height) {
        Dimension before = driver.manage().window().getSize();
        Number chrome = (Number) ((JavascriptExecutor) driver).executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), height + chrome.intValue()));
        try {
            wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerHeight")).intValue() >= height - 1);
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
