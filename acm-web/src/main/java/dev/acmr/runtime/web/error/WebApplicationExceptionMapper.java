package dev.acmr.runtime.web.error;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * JAX-RS's own errors (unknown path, method not allowed, unacceptable media type...) keep their status and headers
 * (an {@code Allow} header, say) and get ONAP's error body instead of the container's HTML page.
 */
@Provider
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Inject
    private RequestCorrelation correlation;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        LOG.fine(() -> "HTTP " + original.getStatus() + ": " + e.getMessage() + correlation.logTag());
        if (original.hasEntity()) {
            return original;
        }
        return Response.fromResponse(original)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new SimpleResponse(detailsOf(e, original)))
                .build();
    }

    private static String detailsOf(WebApplicationException e, Response response) {
        return e.getMessage() != null ? e.getMessage() : response.getStatusInfo().getReasonPhrase();
    }
}
