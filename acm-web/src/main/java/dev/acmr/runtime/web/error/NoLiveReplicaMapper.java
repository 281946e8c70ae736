package dev.acmr.runtime.web.error;

import dev.acmr.runtime.participant.dispatch.selection.NoLiveReplicaException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An operation for a participant with no live replica is a 409 with ONAP's "Participant ... is OFFLINE". */
@Provider
@ApplicationScoped
public class NoLiveReplicaMapper extends RefusalMapper implements ExceptionMapper<NoLiveReplicaException> {

    @Override
    public Response toResponse(NoLiveReplicaException e) {
        return refuse(Response.Status.CONFLICT, e);
    }
}
