package dev.acmr.it;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The runtime's Swagger UI page. It shows operation ids ({@code displayOperationId}): each operation block
 * ({@code .opblock}) carries its id in a {@code .opblock-summary-operation-id} span, and in its element id
 * ({@code operations-<tag>-<operationId>}), both read here.
 */
final class SwaggerUiPage {

    static final String PATH = "/onap/policy/clamp/acm/swagger/";

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final HeadlessChromium browser;
    private final String nodeUrl;

    SwaggerUiPage(HeadlessChromium browser, String nodeUrl) {
        this.browser = browser;
        this.nodeUrl = nodeUrl;
    }

    /** Opens the page and waits until the document is rendered (the title and at least one operation). */
    void open() {
        browser.open(nodeUrl + PATH);
        browser.await(LOAD_TIMEOUT, () -> "Swagger UI showing the operations of /openapi (page: "
                + pageText() + ")", driver -> !driver.findElements(By.cssSelector(".info .title")).isEmpty()
                        && !driver.findElements(By.cssSelector(".opblock")).isEmpty());
    }

    /** The document's title as the page shows it. */
    String title() {
        return browser.driver().findElement(By.cssSelector(".info .title")).getText();
    }

    /** Every operation id the page lists: the shown ids, and the ids the operation blocks end with. */
    Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        for (WebElement shown : browser.driver().findElements(By.cssSelector(".opblock .opblock-summary-operation-id"))) {
            ids.add(shown.getText().trim());
        }
        for (WebElement block : browser.driver().findElements(By.cssSelector(".opblock[id^='operations-']"))) {
            String id = block.getDomAttribute("id");
            ids.add(id.substring(id.lastIndexOf('-') + 1));
        }
        ids.remove("");
        return ids;
    }

    private String pageText() {
        String text = browser.driver().findElement(By.tagName("body")).getText().replace('\n', ' ');
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
