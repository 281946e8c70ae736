package dev.acmr.runtime.web.error;

import dev.acmr.runtime.participant.application.ParticipantNotFoundException;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** An unknown participant is a 404 with ONAP's message. */
@Provider
@ApplicationScoped
public class ParticipantNotFoundMapper implements ExceptionMapper<ParticipantNotFoundException> {

    private static final Logger LOG = Logger.getLogger(ParticipantNotFoundMapper.class.getName());

    @Inject
    private RequestCorrelation correlation;

    @Override
    public Response toResponse(ParticipantNotFoundException e) {
        LOG.fine(() -> e.getMessage() + correlation.logTag());
        return new SimpleResponse(e.getMessage()).withStatus(Response.Status.NOT_FOUND);
    }
}
