package cn.wangben.devstack.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver (both installed by
 * devstack/browser/install-chromium.sh before the end-to-end tests): a fresh profile each time, explicit waits only.
 */
final class BrowserSession implements AutoCloseable {
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";

    /** Selenium warns on every start that it has no DevTools bindings for Chromium 150; WebDriver needs none. */
    private static final List<Logger> QUIET = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;

    private BrowserSession(String baseUrl, Dimension size) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("wangben-chromium-");
        // the driver path is given, so Selenium Manager is never asked to find or download one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--user-data-dir=" + profile,
                "--window-size=" + size.width + "," + size.height);
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        this.wait = new WebDriverWait(driver, WAIT);
        // Vue replaces elements on navigation: an element read between its lookup and its text is simply looked up
        // again
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser at the given window size; the test is skipped with -Dskip.browser=true, fails clearly without one. */
    static BrowserSession open(String baseUrl, Dimension size) throws IOException {
        assumeFalse(Boolean.getBoolean("skip.browser"), "browser tests skipped (-Dskip.browser=true)");
        if (!CHROMEDRIVER.canExecute() || !new File(CHROMIUM).canExecute()) {
            fail("No " + CHROMIUM + " / " + CHROMEDRIVER + ": run devstack/browser/install-chromium.sh as root"
                    + " (the Maven build runs it before the end-to-end tests)");
        }
        return new BrowserSession(baseUrl, size);
    }

    /** Opens a page of the UI; its login guard sends the browser to Keycloak's own page, where the person logs in. */
    void loginAt(String path, String username, String password) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kc-login")));
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // the realm has organizations (counties), so Keycloak asks for the username first, the password next
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        }
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(
                d -> d.getCurrentUrl().startsWith(baseUrl) && !d.getCurrentUrl().contains("/auth/callback"));
        byTest("page-title");
    }

    /** The visible element with {@code data-test="name"}. */
    WebElement byTest(String name) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(test(name)));
        } catch (TimeoutException e) {
            throw new TimeoutException(
                    "no visible [data-test=" + name + "] on " + driver.getCurrentUrl() + "; the page says: "
                            + pageText(),
                    e);
        }
    }

    /** What the person would read on the page (for failure messages). */
    String pageText() {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }

    /** Present in the page, visible or not (a file input hidden inside el-upload). */
    WebElement presentByTest(String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(test(name)));
    }

    List<WebElement> allByTest(String name) {
        return driver.findElements(test(name));
    }

    static By test(String name) {
        return By.cssSelector("[data-test=\"" + name + "\"]");
    }

    /** Clicks through JavaScript when an overlay (a fading message) would catch a native click. */
    void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    /** The button of Element Plus's open confirmation box with this text. */
    void confirm(String buttonText) {
        By button =
                By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space()='" + buttonText + "']");
        click(wait.until(ExpectedConditions.elementToBeClickable(button)));
    }

    /** Writes docs/screenshots/{name}.png, only with -Dscreenshots=true (so ordinary runs leave the tree clean). */
    void screenshot(String name) throws IOException {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        // no loading mask, no CSS transition running, no chart still animating (charts mark it, see DashboardChart.vue)
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return !document.querySelector('.el-loading-mask:not([style*="display: none"])')
                    && !document.querySelector('[data-chart-state="rendering"]')
                    && document.getAnimations().every(a => a.playState !== 'running')""")));
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
