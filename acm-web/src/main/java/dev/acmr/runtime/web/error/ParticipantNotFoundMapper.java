package dev.acmr.runtime.web.error;

import dev.acmr.runtime.participant.application.ParticipantNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown participant is a 404 with ONAP's message. */
@Provider
@ApplicationScoped
public class ParticipantNotFoundMapper extends RefusalMapper implements ExceptionMapper<ParticipantNotFoundException> {

    @Override
    public Response toResponse(ParticipantNotFoundException e) {
        return refuse(Response.Status.NOT_FOUND, e);
    }
}
