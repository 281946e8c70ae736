package dev.acmr.runtime.web.composition;

import dev.acmr.runtime.composition.application.CommissioningResult;
import dev.acmr.runtime.composition.application.CommissioningService;
import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.priming.PrimingService;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplate;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import dev.acmr.runtime.web.body.MediaTypes;
import dev.acmr.runtime.web.body.RequestDocument;
import dev.acmr.runtime.web.body.RequestBodyFilter;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ONAP's composition definition endpoints: commissioning and queries. Answers are JSON, or YAML for a client whose
 * Accept header prefers it. Ids and paging parameters are taken as text, so that a bad value is ONAP's 404 or 400
 * with an error body rather than JAX-RS's bare 404.
 */
@Path("compositions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW,
        MediaTypes.TEXT_YAML_LOW})
@Tag(name = "Automation Composition Definition",
        description = "Commissioning, querying and priming of automation composition definitions")
public class CompositionResource {

    private static final Logger LOG = Logger.getLogger(CompositionResource.class.getName());

    @Inject
    private CommissioningService commissioning;

    @Inject
    private CompositionDefinitionMapper mapper;

    @Inject
    private PrimingService priming;

    @Inject
    private RequestCorrelation correlation;

    @Inject
    @ConfigProperty(name = RequestBodyFilter.MAX_BODY_KEY, defaultValue = RequestBodyFilter.DEFAULT_MAX_BODY_BYTES)
    private long maxBodyBytes;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_X_YAML,
            MediaTypes.TEXT_YAML})
    @Operation(operationId = "createCompositionDefinitions", summary = "Commissions automation composition definitions",
            description = "Commissions a TOSCA service template as a new definition, or, when its "
                    + "metadata.compositionId names a COMMISSIONED definition, replaces that definition's template")
    @RequestBody(required = true, description = "A TOSCA service template, as YAML or JSON", content = {
            @Content(mediaType = MediaTypes.APPLICATION_YAML, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Commissioned; Location names the new definition",
            content = @Content(schema = @Schema(implementation = CommissioningResponse.class)))
    @APIResponse(responseCode = "200", description = "The definition named by metadata.compositionId was updated",
            content = @Content(schema = @Schema(implementation = CommissioningResponse.class)))
    public Response createCompositionDefinitions(String body, @Context HttpHeaders headers, @Context UriInfo uri) {
        LOG.fine(() -> "Commission " + headers.getMediaType() + " template" + correlation.logTag());
        ServiceTemplate template = new ServiceTemplateParser(ParseLimits.forDocumentsOf(maxBodyBytes))
                .parse(body, RequestDocument.syntaxOf(headers.getMediaType()));
        CommissioningResult result = commissioning.commission(template);
        CommissioningResponse response = mapper.toResponse(result);
        if (!result.created()) {
            return Response.ok(response).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(result.compositionId().toString()).build())
                .entity(response).build();
    }

    @GET
    @Operation(operationId = "queryCompositionDefinitions",
            summary = "Query the commissioned automation composition definitions",
            description = "The commissioned service templates, each with its metadata.compositionId, ordered by "
                    + "name, version and id; name and version filter by equality, participantId keeps the "
                    + "definitions with an element bound to that participant")
    @APIResponse(responseCode = "200", description = "The matching service templates",
            content = @Content(schema = @Schema(implementation = ToscaServiceTemplates.class)))
    public ToscaServiceTemplates queryCompositionDefinitions(
            @Parameter(description = "Only definitions with an element bound to this participant",
                    schema = @Schema(format = "uuid")) @QueryParam("participantId") String participantId,
            @Parameter(description = "Only definitions of this template name") @QueryParam("name") String name,
            @Parameter(description = "Only definitions of this template version") @QueryParam("version") String version,
            @Parameter(description = "Zero-based page number, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The size of the page to be returned, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        LOG.fine(() -> "Query compositions participantId=" + participantId + " name=" + name + " version=" + version
                + " page=" + page + " size=" + size + correlation.logTag());
        return mapper.toServiceTemplates(commissioning.list(name, version, participantFilter(participantId),
                Paging.fromQuery(page, size)));
    }

    @GET
    @Path("{compositionId}")
    @Operation(operationId = "getCompositionDefinition",
            summary = "Get details of the requested commissioned automation composition definition",
            description = "The definition with its service template, state and elements")
    @APIResponse(responseCode = "200", description = "The definition",
            content = @Content(schema = @Schema(implementation = CompositionDefinitionDto.class)))
    public CompositionDefinitionDto getCompositionDefinition(
            @Parameter(description = "The UUID of the definition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId) {
        LOG.fine(() -> "Get composition " + compositionId + correlation.logTag());
        return mapper.toDefinition(commissioning.get(idOf(compositionId)));
    }

    @DELETE
    @Path("{compositionId}")
    @Operation(operationId = "deleteCompositionDefinition",
            summary = "Delete a commissioned automation composition definition",
            description = "Deletes a COMMISSIONED definition that has no instances")
    @APIResponse(responseCode = "200", description = "The deleted definition and its elements",
            content = @Content(schema = @Schema(implementation = CommissioningResponse.class)))
    public CommissioningResponse deleteCompositionDefinition(
            @Parameter(description = "The UUID of the definition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId) {
        LOG.fine(() -> "Delete composition " + compositionId + correlation.logTag());
        return mapper.toResponse(commissioning.delete(idOf(compositionId)));
    }

    @PUT
    @Path("{compositionId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_X_YAML,
            MediaTypes.TEXT_YAML})
    @Operation(operationId = "compositionDefinitionPriming",
            summary = "Prime or deprime an automation composition definition",
            description = "Sends the order to one live replica of every participant the elements are bound to")
    @RequestBody(required = true, description = "{\"primeOrder\": \"PRIME\"} or {\"primeOrder\": \"DEPRIME\"}, as JSON "
            + "or YAML", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaTypes.APPLICATION_YAML, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "202", description = "The order was accepted; follow it with GET")
    public Response compositionDefinitionPriming(
            @Parameter(description = "The UUID of the definition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId, String body, @Context HttpHeaders headers) {
        CompositionId id = idOf(compositionId);
        if (RequestDocument.isBlank(body)) {
            throw new CompositionRejectedException("The request has no body; {\"primeOrder\": ...} is expected");
        }
        PrimeOrder order = AcTypeStateUpdate.primeOrderOf(
                RequestDocument.read(body, headers.getMediaType(), maxBodyBytes));
        LOG.fine(() -> order + " composition " + compositionId + correlation.logTag());
        priming.order(id, order);
        return Response.accepted().build();
    }

    // A filter that is not a UUID is the client's mistake (ONAP's conversion error), not "no match".
    private static Optional<ParticipantId> participantFilter(String participantId) {
        if (participantId == null || participantId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ParticipantId.parse(participantId).orElseThrow(() -> new CompositionRejectedException(
                "Invalid participantId " + participantId + ": not a UUID")));
    }

    // An id that is not a UUID cannot name a definition: ONAP answers 404, not 400.
    private static CompositionId idOf(String compositionId) {
        return CompositionId.parse(compositionId).orElseThrow(() -> new CompositionNotFoundException(compositionId));
    }
}
