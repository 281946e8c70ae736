package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.monitoring.ParticipantMonitoringService;
import dev.acmr.runtime.participant.application.ParticipantNotFoundException;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import dev.acmr.runtime.web.body.MediaTypes;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ONAP's views of the definitions a participant takes part in: per definition, the in-properties (node template
 * properties) and out-properties of the elements bound to the participant. As in ONAP, a participant that takes part
 * in nothing, or is unknown, gets an empty listing, and a definition it takes no part in gives empty maps; an unknown
 * definition is a 404 (ONAP fails there).
 */
@Path("participants/{participantId}/compositions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW,
        MediaTypes.TEXT_YAML_LOW})
@Tag(name = "CompositionDto", description = "The compositions a participant takes part in, as it sees them")
public class ParticipantCompositionResource {

    private static final Logger LOG = Logger.getLogger(ParticipantCompositionResource.class.getName());

    @Inject
    private ParticipantMonitoringService monitoring;

    @Inject
    private CompositionDtoMapper mapper;

    @Inject
    private RequestCorrelation correlation;

    @GET
    @Operation(operationId = "queryCompositionDto", summary = "Query the compositions of a participant",
            description = "The definitions with an element bound to the participant, ordered by name, version and "
                    + "id, each with the in- and out-properties of the participant's elements")
    @APIResponse(responseCode = "200", description = "The participant's definitions",
            content = @Content(schema = @Schema(implementation = CompositionDtos.class)))
    public CompositionDtos queryCompositionDto(
            @Parameter(description = "The UUID of the participant", schema = @Schema(format = "uuid"))
            @PathParam("participantId") String participantId,
            @Parameter(description = "Zero-based page number, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The size of the page to be returned, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        LOG.fine(() -> "Compositions of participant " + participantId + correlation.logTag());
        ParticipantId participant = participantIdOf(participantId);
        return mapper.toDtos(participant, monitoring.compositionsOf(participant, Paging.fromQuery(page, size)));
    }

    @GET
    @Path("{compositionId}")
    @Operation(operationId = "getCompositionDto", summary = "Get a composition as a participant sees it",
            description = "The in- and out-properties of the definition's elements bound to the participant")
    @APIResponse(responseCode = "200", description = "The definition as the participant sees it",
            content = @Content(schema = @Schema(implementation = CompositionDto.class)))
    public CompositionDto getCompositionDto(
            @Parameter(description = "The UUID of the participant", schema = @Schema(format = "uuid"))
            @PathParam("participantId") String participantId,
            @Parameter(description = "The UUID of the definition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId) {
        LOG.fine(() -> "Composition " + compositionId + " of participant " + participantId + correlation.logTag());
        ParticipantId participant = participantIdOf(participantId);
        CompositionId composition = CompositionId.parse(compositionId)
                .orElseThrow(() -> new CompositionNotFoundException(compositionId));
        return mapper.toDto(participant, monitoring.composition(composition));
    }

    // An id that is not a UUID cannot name a participant: 404, as for GET /participants/{participantId}.
    private static ParticipantId participantIdOf(String participantId) {
        return ParticipantId.parse(participantId).orElseThrow(() -> new ParticipantNotFoundException(participantId));
    }
}
