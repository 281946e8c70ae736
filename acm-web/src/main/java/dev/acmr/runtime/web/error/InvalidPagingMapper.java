package dev.acmr.runtime.web.error;

import dev.acmr.runtime.participant.application.InvalidPagingException;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** A page or size the client got wrong is a 400 that says which. */
@Provider
@ApplicationScoped
public class InvalidPagingMapper implements ExceptionMapper<InvalidPagingException> {

    private static final Logger LOG = Logger.getLogger(InvalidPagingMapper.class.getName());

    @Inject
    private RequestCorrelation correlation;

    @Override
    public Response toResponse(InvalidPagingException e) {
        LOG.fine(() -> "Bad paging: " + e.getMessage() + correlation.logTag());
        return new SimpleResponse(e.getMessage()).withStatus(Response.Status.BAD_REQUEST);
    }
}
