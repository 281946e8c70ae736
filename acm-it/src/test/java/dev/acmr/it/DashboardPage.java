package dev.acmr.it;

import dev.acmr.client.http.Credentials;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The runtime's dashboard as a user sees it, through its DOM contract only: the login form ({@code #username},
 * {@code #password}, {@code #login}, then {@code #app}), the live connection ({@code #live[data-state]}), the
 * instance rows ({@code tr[data-instance-id]} with {@code .deploy-state} and {@code button[data-action]}) and the
 * dispatch log ({@code #dispatch-log tr.dispatch}, a failover with class {@code failover}).
 */
final class DashboardPage {

    static final String PATH = "/onap/policy/clamp/acm/dashboard/";

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    /** A marker set on the page's window: still there later means the page was not reloaded in between. */
    private static final String NOT_RELOADED = "acmItNotReloaded";

    private final HeadlessChromium browser;
    private final String nodeUrl;

    DashboardPage(HeadlessChromium browser, String nodeUrl) {
        this.browser = browser;
        this.nodeUrl = nodeUrl;
    }

    /** Opens the page and waits for the login form. */
    void open() {
        browser.open(nodeUrl + PATH);
        browser.await(PAGE_TIMEOUT, "the login form", driver -> visible(driver, By.id("login")));
    }

    void typeCredentials(Credentials credentials) {
        WebElement user = element(By.id("username"));
        user.clear();
        user.sendKeys(credentials.user());
        WebElement password = element(By.id("password"));
        password.clear();
        password.sendKeys(credentials.password());
    }

    /** Clicks {@code #login} and waits until {@code #app} shows. */
    void logIn() {
        element(By.id("login")).click();
        browser.await(PAGE_TIMEOUT, () -> "#app shown after logging in (#login-error: " + loginError() + ")",
                driver -> visible(driver, By.id("app")));
    }

    /** Waits until the event stream is connected ({@code #live[data-state=open]}). */
    void awaitLive() {
        browser.await(PAGE_TIMEOUT, "#live[data-state=open]",
                driver -> "open".equals(driver.findElement(By.id("live")).getDomAttribute("data-state")));
    }

    /** Marks the page, so that {@link #notReloaded()} can tell later whether it was loaded again since. */
    void mark() {
        script("window." + NOT_RELOADED + " = true;");
    }

    boolean notReloaded() {
        return Boolean.TRUE.equals(script("return window." + NOT_RELOADED + " === true;"));
    }

    /** Waits until the instance's row is listed. */
    void awaitInstance(String instanceId) {
        browser.await(PAGE_TIMEOUT, "the row of instance " + instanceId,
                driver -> !driver.findElements(instanceRow(instanceId)).isEmpty());
    }

    /** Clicks the instance row's {@code button[data-action=action]} (deploy, undeploy). */
    void clickInstanceAction(String instanceId, String action) {
        browser.await(PAGE_TIMEOUT, "an enabled " + action + " button in the row of instance " + instanceId,
                driver -> clicked(driver.findElement(instanceRow(instanceId)), By.cssSelector(
                        "button[data-action='" + action + "']")));
    }

    /** Shows the instance's elements and dispatch log: its show-dispatches button if it has one, else the row. */
    void showDispatches(String instanceId) {
        browser.await(PAGE_TIMEOUT, "a click on the row of instance " + instanceId, driver -> {
            WebElement row = driver.findElement(instanceRow(instanceId));
            List<WebElement> buttons = row.findElements(By.cssSelector("button[data-action='show-dispatches']"));
            (buttons.isEmpty() ? row.findElement(By.cssSelector(".deploy-state")) : buttons.get(0)).click();
            return true;
        });
        browser.await(PAGE_TIMEOUT, "#dispatch-log shown for instance " + instanceId,
                driver -> visible(driver, By.id("dispatch-log")));
    }

    /** Waits until the dispatch log lists at least one dispatch ({@code tr.dispatch}). */
    void awaitDispatches() {
        browser.await(PAGE_TIMEOUT, () -> "a tr.dispatch row in #dispatch-log (log shown: " + dispatchLogText() + ")",
                driver -> !driver.findElements(By.cssSelector("#dispatch-log tr.dispatch")).isEmpty());
    }

    /** The text of the instance row's {@code .deploy-state} cell (empty while the row is not listed or redrawn). */
    String deployState(String instanceId) {
        try {
            List<WebElement> rows = browser.driver().findElements(instanceRow(instanceId));
            return rows.isEmpty() ? "" : rows.get(0).findElement(By.cssSelector(".deploy-state")).getText().trim();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    /** Waits until the instance row shows {@code state}, without reloading or any other action on the page. */
    void awaitDeployState(String instanceId, String state, Duration timeout) {
        browser.await(timeout, () -> "instance " + instanceId + " shown " + state + " (shown: "
                + deployState(instanceId) + ")", driver -> state.equals(deployState(instanceId)));
    }

    /** Waits until the dispatch log shows a failover row ({@code tr.dispatch.failover}); returns its text. */
    String awaitFailoverRow(Duration timeout) {
        return browser.await(timeout, () -> "a tr.dispatch.failover row in #dispatch-log (log shown: "
                + dispatchLogText() + ")", driver -> {
                    List<WebElement> rows = driver.findElements(By.cssSelector("#dispatch-log tr.dispatch.failover"));
                    return rows.isEmpty() ? null : rows.get(0).getText();
                });
    }

    private String dispatchLogText() {
        List<WebElement> log = browser.driver().findElements(By.id("dispatch-log"));
        return log.isEmpty() ? "none" : log.get(0).getText().replace('\n', ' ');
    }

    private String loginError() {
        List<WebElement> error = browser.driver().findElements(By.id("login-error"));
        return error.isEmpty() || !error.get(0).isDisplayed() ? "none" : error.get(0).getText();
    }

    private WebElement element(By by) {
        return browser.driver().findElement(by);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser.driver()).executeScript(javascript);
    }

    private static By instanceRow(String instanceId) {
        return By.cssSelector("tr[data-instance-id='" + instanceId + "']");
    }

    // A row re-rendered by a live update may replace the element between finding and clicking: try again then.
    private static Boolean clicked(WebElement row, By button) {
        try {
            WebElement target = row.findElement(button);
            if (!target.isEnabled()) {
                return false;
            }
            target.click();
            return true;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
        }
    }

    private static Boolean visible(WebDriver driver, By by) {
        List<WebElement> found = driver.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }
}
