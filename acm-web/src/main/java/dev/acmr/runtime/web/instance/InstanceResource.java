package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.application.InstanceDraft;
import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.application.InstantiationService;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.lifecycle.InstanceLifecycleService;
import dev.acmr.runtime.shared.Paging;
import dev.acmr.runtime.web.body.MediaTypes;
import dev.acmr.runtime.web.body.RequestDocument;
import dev.acmr.runtime.web.body.RequestBodyFilter;
import dev.acmr.runtime.web.common.ElementMapper;
import dev.acmr.runtime.web.common.ToscaConceptIdentifier;
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
import java.util.UUID;
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
 * ONAP's automation composition instance endpoints under a composition: create, update, query, deploy/lock orders
 * and delete. Bodies are JSON or YAML; answers JSON, or YAML for a client whose Accept header prefers it. Ids and
 * paging parameters are taken as text, so that a bad value is ONAP's 404 or 400 with an error body.
 */
@Path("compositions/{compositionId}/instances")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW,
        MediaTypes.TEXT_YAML_LOW})
@Tag(name = "Automation Composition Instance",
        description = "Creating, updating, migrating, deploying, locking, preparing, reviewing, rolling back, "
                + "querying and deleting automation composition instances")
public class InstanceResource {

    private static final Logger LOG = Logger.getLogger(InstanceResource.class.getName());

    @Inject
    private InstantiationService instantiation;

    @Inject
    private InstanceLifecycleService lifecycle;

    @Inject
    private InstanceMapper mapper;

    @Inject
    private RequestCorrelation correlation;

    @Inject
    @ConfigProperty(name = RequestBodyFilter.MAX_BODY_KEY, defaultValue = RequestBodyFilter.DEFAULT_MAX_BODY_BYTES)
    private long maxBodyBytes;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_X_YAML,
            MediaTypes.TEXT_YAML})
    @Operation(operationId = "createCompositionInstance", summary = "Create an automation composition instance",
            description = "Creates an UNDEPLOYED instance of a PRIMED composition. With instanceId set: updates the "
                    + "instance (its element properties are sent to the participants if it is DEPLOYED); with "
                    + "compositionTargetId too, migrates a DEPLOYED instance to that PRIMED composition, stage by "
                    + "stage (elements only in the target are added, elements only in the source removed); with "
                    + "precheck: true as well, only asks the participants whether they could migrate "
                    + "(MIGRATION_PRECHECKING), leaving the instance unchanged")
    @RequestBody(required = true, description = "An AutomationComposition, as YAML or JSON", content = {
            @Content(mediaType = MediaTypes.APPLICATION_YAML, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Created; Location names the new instance",
            content = @Content(schema = @Schema(implementation = InstantiationResponse.class)))
    @APIResponse(responseCode = "200", description = "The instance named by instanceId was updated, or its "
            + "migration or migrate precheck was accepted; follow it with GET",
            content = @Content(schema = @Schema(implementation = InstantiationResponse.class)))
    public Response createCompositionInstance(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId, String body, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        CompositionId composition = compositionIdOf(compositionId);
        LOG.fine(() -> "Instantiate " + headers.getMediaType() + " instance of " + compositionId
                + correlation.logTag());
        InstanceDraft draft = readDraft(body, headers.getMediaType());
        if (draft.existingInstance().isPresent()) {
            ToscaIdentifier updated = lifecycle.update(composition, draft);
            return Response.ok(new InstantiationResponse(draft.instanceId(), ElementMapper.identifier(updated))).build();
        }
        AutomationCompositionReader.requireDefinitions(draft);
        UUID instanceId = instantiation.create(composition, draft);
        return Response.created(uri.getAbsolutePathBuilder().path(instanceId.toString()).build())
                .entity(new InstantiationResponse(instanceId,
                        new ToscaConceptIdentifier(draft.name(), draft.version())))
                .build();
    }

    @GET
    @Operation(operationId = "queryCompositionInstances",
            summary = "Query the automation composition instances of a composition",
            description = "The instances of the composition ordered by name, version and id; name and version "
                    + "filter by equality")
    @APIResponse(responseCode = "200", description = "The matching instances",
            content = @Content(schema = @Schema(implementation = AutomationCompositions.class)))
    public AutomationCompositions queryCompositionInstances(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId,
            @Parameter(description = "Only instances of this name") @QueryParam("name") String name,
            @Parameter(description = "Only instances of this version") @QueryParam("version") String version,
            @Parameter(description = "Zero-based page number, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The size of the page to be returned, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        LOG.fine(() -> "Query instances of " + compositionId + " name=" + name + " version=" + version
                + correlation.logTag());
        return mapper.toList(instantiation.list(compositionIdOf(compositionId), name, version,
                Paging.fromQuery(page, size)));
    }

    @GET
    @Path("{instanceId}")
    @Operation(operationId = "getCompositionInstance",
            summary = "Get details of the requested automation composition instance",
            description = "The instance with its states and elements; during a migration it is also found under "
                    + "its target composition")
    @APIResponse(responseCode = "200", description = "The instance",
            content = @Content(schema = @Schema(implementation = AutomationCompositionDto.class)))
    public AutomationCompositionDto getCompositionInstance(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId,
            @Parameter(description = "The UUID of the instance", schema = @Schema(format = "uuid"))
            @PathParam("instanceId") String instanceId) {
        LOG.fine(() -> "Get instance " + instanceId + " of " + compositionId + correlation.logTag());
        return mapper.toInstance(instantiation.get(compositionIdOf(compositionId), instanceIdOf(instanceId)));
    }

    @PUT
    @Path("{instanceId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_X_YAML,
            MediaTypes.TEXT_YAML})
    @Operation(operationId = "compositionInstanceState",
            summary = "Deploy, undeploy, lock, unlock, prepare or review an automation composition instance",
            description = "Sends the order, start phase by start phase (PREPARE: stage by stage, REVIEW: at once), "
                    + "to one live replica of every participant running the elements concerned. PREPARE runs on an "
                    + "UNDEPLOYED instance (subState PREPARING), REVIEW on a DEPLOYED one (REVIEWING); a migrate "
                    + "precheck is a POST of the instance, not a subOrder")
    @RequestBody(required = true, description = "{\"deployOrder\": \"DEPLOY\"|\"UNDEPLOY\"}, "
            + "{\"lockOrder\": \"LOCK\"|\"UNLOCK\"} or {\"subOrder\": \"PREPARE\"|\"REVIEW\"}, as JSON or YAML",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaTypes.APPLICATION_YAML, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "202", description = "The order was accepted; follow it with GET")
    public Response compositionInstanceState(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId,
            @Parameter(description = "The UUID of the instance", schema = @Schema(format = "uuid"))
            @PathParam("instanceId") String instanceId, String body, @Context HttpHeaders headers) {
        CompositionId composition = compositionIdOf(compositionId);
        UUID instance = instanceIdOf(instanceId);
        if (RequestDocument.isBlank(body)) {
            throw new InstanceRejectedException("The request has no body; an AcInstanceStateUpdate is expected");
        }
        InstanceOrder order = AcInstanceStateUpdate.orderOf(
                RequestDocument.read(body, headers.getMediaType(), maxBodyBytes));
        LOG.fine(() -> order + " instance " + instanceId + correlation.logTag());
        lifecycle.order(composition, instance, order);
        return Response.accepted().build();
    }

    @POST
    @Path("{instanceId}/rollback")
    @Operation(operationId = "rollbackCompositionInstance",
            summary = "Rollback an automation composition instance to a previous state",
            description = "After a FAILED or TIMED OUT migration or update, restores the instance as it was before "
                    + "it (elements, properties, composition): a migration is reverted stage by stage from the "
                    + "highest (MIGRATION_REVERTING), an update in one message (UPDATE_REVERTING)")
    @APIResponse(responseCode = "202", description = "The rollback was accepted; follow it with GET")
    public Response rollbackCompositionInstance(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId,
            @Parameter(description = "The UUID of the instance", schema = @Schema(format = "uuid"))
            @PathParam("instanceId") String instanceId) {
        CompositionId composition = compositionIdOf(compositionId);
        UUID instance = instanceIdOf(instanceId);
        LOG.fine(() -> "Rollback instance " + instanceId + correlation.logTag());
        lifecycle.rollback(composition, instance);
        return Response.accepted().build();
    }

    @DELETE
    @Path("{instanceId}")
    @Operation(operationId = "deleteCompositionInstance", summary = "Delete an automation composition instance",
            description = "Asks the participants to delete the UNDEPLOYED instance's elements (DELETING); the "
                    + "instance is gone once they all acknowledged")
    @APIResponse(responseCode = "202", description = "The delete was accepted; follow it with GET until 404",
            content = @Content(schema = @Schema(implementation = InstantiationResponse.class)))
    public Response deleteCompositionInstance(
            @Parameter(description = "The UUID of the composition", schema = @Schema(format = "uuid"))
            @PathParam("compositionId") String compositionId,
            @Parameter(description = "The UUID of the instance", schema = @Schema(format = "uuid"))
            @PathParam("instanceId") String instanceId) {
        CompositionId composition = compositionIdOf(compositionId);
        UUID instance = instanceIdOf(instanceId);
        LOG.fine(() -> "Delete instance " + instanceId + correlation.logTag());
        ToscaIdentifier deleted = lifecycle.order(composition, instance, InstanceOrder.DELETE);
        return Response.accepted(new InstantiationResponse(instance, ElementMapper.identifier(deleted))).build();
    }

    private InstanceDraft readDraft(String body, MediaType mediaType) {
        if (RequestDocument.isBlank(body)) {
            throw new InstanceRejectedException("The request has no body; an AutomationComposition is expected");
        }
        return AutomationCompositionReader.read(RequestDocument.read(body, mediaType, maxBodyBytes));
    }

    // An id that is not a UUID cannot name a composition or an instance: ONAP answers 404, not 400.
    static CompositionId compositionIdOf(String compositionId) {
        return CompositionId.parse(compositionId).orElseThrow(() -> new CompositionNotFoundException(compositionId));
    }

    static UUID instanceIdOf(String instanceId) {
        try {
            return UUID.fromString(instanceId);
        } catch (IllegalArgumentException e) {
            throw new InstanceNotFoundException(instanceId);
        }
    }
}
