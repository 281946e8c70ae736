package dev.acmr.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium}, headless, driven through Debian's {@code chromedriver}: both found on the PATH (or named
 * by {@code -Dacm.it.chromium} / {@code -Dacm.it.chromedriver}). A machine without them fails the browser test with
 * what to install; it does not skip it (CI installs them, see {@code .ci/run}).
 *
 * <p>Both paths are given to Selenium, so it never looks for a browser or driver of its own (no download). The window
 * has a fixed size, so screenshots look the same on every run.
 */
final class HeadlessChromium implements AutoCloseable {

    static final int WIDTH = 1440;
    static final int HEIGHT = 900;
    private static final int MAX_SHOT_HEIGHT = 2400;

    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Starts the browser; screenshots go to {@code -Dacm.it.screenshots} (the project's docs/images by default). */
    static HeadlessChromium start() {
        Path browser = executable("acm.it.chromium", "chromium", "chromium");
        Path chromedriver = executable("acm.it.chromedriver", "chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--window-size=" + WIDTH + "," + HEIGHT, "--disable-dev-shm-usage",
                // nothing but the pages under test: no component updates or other background traffic
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        // an action the page asks to confirm is confirmed, as the user clicking it means it
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium refuses to start its sandbox as root (CI runs as root)
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        return new HeadlessChromium(driver,
                Path.of(System.getProperty("acm.it.screenshots", "../docs/images")).toAbsolutePath().normalize());
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Waits at most {@code timeout} until {@code condition} gives a non-null, non-false value, and returns it. Elements
     * not there yet, or replaced by the page while being read, count as not yet; the failure says {@code what} was
     * awaited (read when it fails).
     */
    <T> T await(Duration timeout, Supplier<String> what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(condition);
    }

    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        return await(timeout, () -> what, condition);
    }

    /**
     * Saves the whole page (up to {@code MAX_SHOT_HEIGHT} pixels) as {@code name} (a .png) in the screenshot directory;
     * returns the file. The window is made as tall as the page for the shot, so nothing depends on where it scrolled.
     */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name);
            Object height = driver.executeScript("return document.documentElement.scrollHeight;");
            int page = height instanceof Number number ? number.intValue() : window.getHeight();
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    Math.max(window.getHeight(), Math.min(page + 120, MAX_SHOT_HEIGHT))));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new AssertionError("cannot save screenshot " + name + " in " + screenshots, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path executable(String property, String command, String debianPackage) {
        Optional<Path> found = Optional.ofNullable(System.getProperty(property)).map(Path::of)
                .or(() -> onPath(command));
        return found.filter(Files::isExecutable).orElseThrow(() -> new AssertionError("the browser test needs "
                + command + " (Debian package " + debianPackage + "): not found "
                + (System.getProperty(property) != null ? "at -D" + property + "=" + System.getProperty(property)
                        : "on the PATH")
                + "; install it with apt-get install -y chromium chromium-driver (.ci/run does)"));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }
}
