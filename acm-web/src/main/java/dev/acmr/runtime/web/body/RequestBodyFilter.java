package dev.acmr.runtime.web.body;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before anything parses it, a request whose Content-Type is malformed or names an unknown charset (415)
 * and a request body larger than MicroProfile Config {@value #MAX_BODY_KEY} bytes (413), both with ONAP's error
 * body. A declared Content-Length above the limit is refused without reading; any other body (chunked bodies declare
 * no length) is read up to one byte past the limit, and the request goes on with the bytes read.
 *
 * <p>After the authentication filter in the chain (see web.xml), so that only authenticated clients make the node
 * read a body at all.
 */
public class RequestBodyFilter extends HttpFilter {

    public static final String MAX_BODY_KEY = "acm.rest.maxBodyBytes";
    public static final String DEFAULT_MAX_BODY_BYTES = "4194304";

    private static final long serialVersionUID = 1L;
    private static final int DISCARD_FACTOR = 4;
    private static final Logger LOG = Logger.getLogger(RequestBodyFilter.class.getName());

    @Inject
    @ConfigProperty(name = MAX_BODY_KEY, defaultValue = DEFAULT_MAX_BODY_BYTES)
    private transient long maxBodyBytes;

    @Inject
    private transient RequestCorrelation correlation;

    public RequestBodyFilter() {
        // for the container, which injects the fields
    }

    RequestBodyFilter(long maxBodyBytes, RequestCorrelation correlation) {
        this.maxBodyBytes = maxBodyBytes;
        this.correlation = correlation;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (contentType != null && !ContentTypes.isUsable(contentType)) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header is malformed or names an unknown charset");
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<byte[]> body = request.getContentLengthLong() > maxBodyBytes ? Optional.empty()
                : BoundedBody.read(request.getInputStream(), maxBodyBytes);
        if (body.isEmpty()) {
            discardRestOfBody(request, response);
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedRequest(request, body.get()), response);
    }

    /**
     * A client that sent no {@code Expect: 100-continue} is still sending the body and reads the answer only when it
     * is done; left unread, the body stalls it until it times out. A body up to a few times the limit is read and
     * thrown away so the client gets its 413; a larger or unmeasured one ends the connection instead.
     */
    private void discardRestOfBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared < 0 || declared > DISCARD_FACTOR * maxBodyBytes) {
            response.setHeader("Connection", "close");
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        InputStream in = request.getInputStream();
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletResponse response, int status, String details) throws IOException {
        LOG.fine(() -> "HTTP " + status + ": " + details + correlation.logTag());
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("errorDetails", details).build().toString());
    }
}
