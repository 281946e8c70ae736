package dev.acmr.runtime.web.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter against stub requests and responses: what reaches the chain and what is refused. */
class RequestBodyFilterTest {

    private final RequestBodyFilter filter = new RequestBodyFilter(10, new RequestCorrelation());
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter responseBody = new StringWriter();
    private String passedBody;

    @Test
    void passesABodyWithinTheLimitAsRead() throws Exception {
        run(request("application/yaml", 5, null, "a: 1\n"));

        assertEquals("a: 1\n", passedBody);
        assertNull(response.get("status"));
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitWith413() throws Exception {
        run(request("application/yaml", 11, null, "a: 1\n"));

        assertRefused(413, "{\"errorDetails\":\"The request body is larger than 10 bytes\"}");
    }

    @Test
    void refusesAChunkedBodyAboveTheLimitWith413() throws Exception {
        run(request("application/yaml", -1, "chunked", "a: 12345678901\n"));

        assertRefused(413, "{\"errorDetails\":\"The request body is larger than 10 bytes\"}");
    }

    @Test
    void refusesAMalformedContentTypeWith415() throws Exception {
        run(request("application/", 5, null, "a: 1\n"));

        assertRefused(415, "{\"errorDetails\":\"The Content-Type header is malformed or names an unknown charset\"}");
    }

    @Test
    void passesARequestWithoutBodyUntouched() throws Exception {
        run(request(null, -1, null, ""));

        assertNull(response.get("status"));
        assertEquals("", passedBody);
    }

    private void assertRefused(int status, String body) {
        assertEquals(status, response.get("status"));
        assertEquals("application/json", response.get("contentType"));
        assertEquals(body, responseBody.toString());
        assertNull(passedBody, "nothing reached the chain");
    }

    private void run(HttpServletRequest request) throws Exception {
        filter.doFilter(request, response(), (passed, ignored) -> passedBody = readAll(passed));
    }

    private static String readAll(ServletRequest request) throws IOException {
        return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static HttpServletRequest request(String contentType, long contentLength, String transferEncoding,
            String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return stub(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getContentType" -> contentType;
            case "getContentLengthLong" -> contentLength;
            case "getHeader" -> "Transfer-Encoding".equals(args[0]) ? transferEncoding : null;
            // a servlet stream over the bytes, as the container would give
            case "getInputStream" -> new BufferedRequest(stub(HttpServletRequest.class, (m, a) -> null),
                    in.readAllBytes()).getInputStream();
            default -> null;
        });
    }

    private HttpServletResponse response() {
        return stub(HttpServletResponse.class, (method, args) -> {
            switch (method) {
                case "setStatus" -> response.put("status", args[0]);
                case "setContentType" -> response.put("contentType", args[0]);
                case "getWriter" -> {
                    return new PrintWriter(responseBody, true);
                }
                default -> {
                    // nothing else matters here
                }
            }
            return null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
