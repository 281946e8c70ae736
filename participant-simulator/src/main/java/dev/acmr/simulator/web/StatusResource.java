package dev.acmr.simulator.web;

import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.simulator.element.Intermediary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /status}: which participant and replica this process is, and whether the runtime knows it. */
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    Intermediary intermediary;

    @GET
    @Operation(summary = "participantId, replicaId, connected (to the broker), registered (acknowledged by the runtime)")
    public Response get() {
        try {
            ParticipantConnectionStatus status = intermediary.status();
            return Response.ok(status).build();
        } catch (RuntimeException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(new ErrorDetails("participant adapter not available: " + e.getMessage())).build();
        }
    }
}
