package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.participant.application.ParticipantNotFoundException;
import dev.acmr.runtime.participant.application.ReplicaManagementService;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.web.error.SimpleResponse;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Replica maintenance, beyond ONAP's API: drain a replica before taking it down (it finishes what it runs and is
 * given nothing new, also after a restart) and put it back. Idempotent: draining twice is draining once.
 */
@Path("participants/{participantId}/replicas/{replicaId}/drain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant Monitoring")
public class ReplicaResource {

    private static final Logger LOG = Logger.getLogger(ReplicaResource.class.getName());

    @Inject
    private ReplicaManagementService management;

    @Inject
    private RequestCorrelation correlation;

    @PUT
    @Operation(operationId = "drainReplica", summary = "Take a replica out of selection",
            description = "The replica is given no new operation until undrained; what it runs goes on.")
    @APIResponse(responseCode = "200", description = "The replica is drained",
            content = @Content(schema = @Schema(implementation = ReplicaDrainDto.class)))
    @APIResponse(responseCode = "404", description = "Unknown participant, or an id that is not a UUID",
            content = @Content(schema = @Schema(implementation = SimpleResponse.class)))
    public ReplicaDrainDto drain(@PathParam("participantId") String participantId,
            @PathParam("replicaId") String replicaId) {
        ParticipantId participant = participant(participantId, replicaId);
        ReplicaId replica = new ReplicaId(UUID.fromString(replicaId));
        LOG.info(() -> "Drain replica " + replicaId + " of participant " + participantId + correlation.logTag());
        management.drain(participant, replica);
        return new ReplicaDrainDto(participant.value(), replica.value(), true);
    }

    @DELETE
    @Operation(operationId = "undrainReplica", summary = "Put a drained replica back into selection")
    @APIResponse(responseCode = "200", description = "The replica is selectable again (once synced)",
            content = @Content(schema = @Schema(implementation = ReplicaDrainDto.class)))
    @APIResponse(responseCode = "404", description = "Unknown participant, or an id that is not a UUID",
            content = @Content(schema = @Schema(implementation = SimpleResponse.class)))
    public ReplicaDrainDto undrain(@PathParam("participantId") String participantId,
            @PathParam("replicaId") String replicaId) {
        ParticipantId participant = participant(participantId, replicaId);
        ReplicaId replica = new ReplicaId(UUID.fromString(replicaId));
        LOG.info(() -> "Undrain replica " + replicaId + " of participant " + participantId + correlation.logTag());
        management.undrain(participant, replica);
        return new ReplicaDrainDto(participant.value(), replica.value(), false);
    }

    // Ids that are not UUIDs name nothing: 404, as ONAP answers for participants.
    private static ParticipantId participant(String participantId, String replicaId) {
        ParticipantId participant = ParticipantId.parse(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId));
        if (ParticipantId.parse(replicaId).isEmpty()) {
            throw new ParticipantNotFoundException(participantId + " replica " + replicaId);
        }
        return participant;
    }
}
