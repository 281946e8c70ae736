package dev.acmr.runtime.web.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The API's OpenAPI document at {@code /onap/policy/clamp/acm/openapi}, with the content types clients ask for:
 * {@code application/yaml} (also for {@code Accept: application/yaml}, which the server's own {@code /openapi} refuses
 * with 406, and which it answers as {@code text/plain} otherwise) and {@code application/json}.
 *
 * <p>The document itself is the one the server generates at its root {@code /openapi} (annotations plus
 * {@link ErrorResponsesFilter}); it is read once per form from this node over the loopback interface, on the port the
 * request came in on, and kept: it changes only with a redeploy, which starts a new instance of this servlet.
 */
@WebServlet("/openapi")
public class OpenApiDocumentServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OpenApiDocumentServlet.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final transient Map<DocumentFormat, String> documents = new ConcurrentHashMap<>();
    private final transient HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DocumentFormat> format = DocumentFormat.requested(request.getParameter("format"),
                request.getHeader("Accept"));
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The OpenAPI document is offered as application/yaml or application/json");
            return;
        }
        Optional<String> document = document(format.get(), request.getLocalPort());
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The OpenAPI document is not available yet");
            return;
        }
        response.setContentType(format.get().contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(document.get());
    }

    private Optional<String> document(DocumentFormat format, int port) {
        String cached = documents.get(format);
        if (cached != null) {
            return Optional.of(cached);
        }
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"
                + format.serverQuery())).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> answer = client.send(read, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != HttpServletResponse.SC_OK) {
                LOG.warning(() -> "The server's /openapi answered " + answer.statusCode());
                return Optional.empty();
            }
            documents.put(format, answer.body());
            return Optional.of(answer.body());
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the server's /openapi: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
