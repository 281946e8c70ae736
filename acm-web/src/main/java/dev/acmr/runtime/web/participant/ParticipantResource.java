package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.monitoring.ParticipantMonitoringService;
import dev.acmr.runtime.participant.application.ParticipantNotFoundException;
import dev.acmr.runtime.participant.application.ParticipantQueryService;
import dev.acmr.runtime.participant.application.ReplicaManagementService;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import dev.acmr.runtime.web.body.MediaTypes;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ONAP's participant monitoring endpoints, read side. As in ONAP, every participant is listed, and {@code page} and
 * {@code size} page what each one runs (its composition elements and its instance elements, each a page of that
 * size). Paging parameters are taken as text so that a bad value is a 400 with ONAP's error body, not JAX-RS's bare
 * 404 for an unconvertible query parameter. Answers are JSON, or YAML for a client whose Accept header prefers it.
 */
@Path("participants")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW,
        MediaTypes.TEXT_YAML_LOW})
@Tag(name = "Participant Monitoring",
        description = "Participant Monitoring Controller, for monitoring of and requesting information from participants")
public class ParticipantResource {

    private static final Logger LOG = Logger.getLogger(ParticipantResource.class.getName());

    @Inject
    private ParticipantQueryService participants;

    @Inject
    private ReplicaManagementService management;

    @Inject
    private ParticipantMonitoringService monitoring;

    @Inject
    private ParticipantInformationMapper mapper;

    @Inject
    private RequestCorrelation correlation;

    @GET
    @Operation(operationId = "queryParticipants", summary = "Query Participants",
            description = "Query the participants that are registered on the ACM runtime, ordered by id, each with "
                    + "the composition elements bound to it and the instance elements it runs (page and size page "
                    + "those, as in ONAP)")
    @APIResponse(responseCode = "200", description = "The participants with their supported types and replicas",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantInformation.class)))
    public List<ParticipantInformation> queryParticipants(
            @Parameter(description = "Zero-based page number, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The size of the page to be returned, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        LOG.fine(() -> "Query participants page=" + page + " size=" + size + correlation.logTag());
        Optional<Paging> paging = Paging.fromQuery(page, size);
        return mapper.toInformation(participants.list(Optional.empty()),
                participant -> monitoring.elementsOf(participant, paging));
    }

    @GET
    @Path("{participantId}")
    @Operation(operationId = "getParticipant", summary = "Get details of the requested participant",
            description = "Get details of the requested participant, returning all participant details")
    @APIResponse(responseCode = "200", description = "The participant with its supported types and replicas",
            content = @Content(schema = @Schema(implementation = ParticipantInformation.class)))
    public ParticipantInformation getParticipant(
            @Parameter(description = "The UUID of the participant to get", schema = @Schema(format = "uuid"))
            @PathParam("participantId") String participantId,
            @Parameter(description = "Zero-based page number of the elements, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The number of elements per page, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        LOG.fine(() -> "Get participant " + participantId + correlation.logTag());
        Optional<Paging> paging = Paging.fromQuery(page, size);
        // An id that is not a UUID cannot name a participant: ONAP answers 404, not 400.
        ParticipantId id = ParticipantId.parse(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId));
        return mapper.toInformation(participants.get(id), monitoring.elementsOf(id, paging));
    }

    @PUT
    @Operation(operationId = "orderAllParticipantsReport",
            summary = "Order an immediate Participant Report from all participants",
            description = "Asks every live replica of every participant for an immediate status report; the results "
                    + "show in subsequent GET /participants.")
    @APIResponse(responseCode = "202", description = "Accepted, the request was forwarded to the participants")
    public Response orderAllParticipantsReport() {
        LOG.info(() -> "Status report ordered from every participant" + correlation.logTag());
        management.orderAllReports();
        return Response.accepted().build();
    }

    @PUT
    @Path("{participantId}")
    @Operation(operationId = "orderParticipantReport", summary = "Order an immediate Participant Report from a participant",
            description = "Asks every live replica of the participant for an immediate status report; the results "
                    + "show in subsequent GET /participants/{participantId}.")
    @APIResponse(responseCode = "202", description = "Accepted, the request was forwarded to the participant")
    public Response orderParticipantReport(
            @Parameter(description = "The UUID of the participant", schema = @Schema(format = "uuid"))
            @PathParam("participantId") String participantId) {
        LOG.info(() -> "Status report ordered from participant " + participantId + correlation.logTag());
        management.orderReport(ParticipantId.parse(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId)));
        return Response.accepted().build();
    }

    @PUT
    @Path("sync")
    @Operation(operationId = "manualRestartAllParticipants", summary = "Manually restart (sync) all registered participants",
            description = "Sends every live replica of every participant a full sync of what its participant holds; "
                    + "a replica is not given work until it confirmed it. Progress shows in GET /participants.")
    @APIResponse(responseCode = "202", description = "Accepted, the full syncs were sent")
    public Response manualRestartAllParticipants() {
        LOG.info(() -> "Full sync of every participant" + correlation.logTag());
        management.resyncAll();
        return Response.accepted().build();
    }

    @PUT
    @Path("sync/{participantId}")
    @Operation(operationId = "manualRestartParticipant", summary = "Manually restart (sync) the specified participant",
            description = "Sends every live replica of the participant a full sync of what it holds; a replica is not "
                    + "given work until it confirmed it. Progress shows in GET /participants/{participantId}.")
    @APIResponse(responseCode = "202", description = "Accepted, the full syncs were sent")
    public Response manualRestartParticipant(
            @Parameter(description = "The UUID of the participant to sync", schema = @Schema(format = "uuid"))
            @PathParam("participantId") String participantId) {
        LOG.info(() -> "Full sync of participant " + participantId + correlation.logTag());
        management.resync(ParticipantId.parse(participantId)
                .orElseThrow(() -> new ParticipantNotFoundException(participantId)));
        return Response.accepted().build();
    }
}
