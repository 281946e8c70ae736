package dev.acmr.runtime.web.error;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * What every mapper of a refusal does: one log line with the request id, and ONAP's body with the exception's
 * message under the given status. A mapper of a new refusal is a subclass that implements
 * {@code ExceptionMapper<TheException>} itself, so that JAX-RS reads the exception type straight off the class, and
 * whose {@code toResponse} is one call to {@link #refuse}.
 *
 * <p>Refusals are the client's business, so they are logged at FINE: a node under a misbehaving client must not
 * fill its log.
 */
public abstract class RefusalMapper {

    private final Logger log = Logger.getLogger(getClass().getName());

    @Inject
    private RequestCorrelation correlation;

    protected Response refuse(Response.Status status, RuntimeException refusal) {
        log.fine(() -> "HTTP " + status.getStatusCode() + ": " + refusal.getMessage() + correlation.logTag());
        return new SimpleResponse(refusal.getMessage()).withStatus(status);
    }
}
