package dev.acmr.runtime.web.error;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: a 500 whose body says nothing about the internals, and a log entry with the stack
 * trace and the request id, which the client has in the {@code X-onap-RequestId} header to report.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final SimpleResponse BODY =
            new SimpleResponse("Internal server error; quote the X-onap-RequestId header when reporting it");

    @Inject
    private RequestCorrelation correlation;

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "Request failed" + correlation.logTag(), e);
        return BODY.withStatus(Response.Status.INTERNAL_SERVER_ERROR);
    }
}
