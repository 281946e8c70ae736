package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.instance.application.InstantiationService;
import dev.acmr.runtime.shared.Paging;
import dev.acmr.runtime.web.body.MediaTypes;
import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
 * ONAP's {@code GET /instances}: instances across compositions. A root resource of its own, since its path is not
 * under a composition.
 */
@Path("instances")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaTypes.APPLICATION_YAML_LOW, MediaTypes.APPLICATION_X_YAML_LOW,
        MediaTypes.TEXT_YAML_LOW})
@Tag(name = "Automation Composition Instance",
        description = "Creating, updating, deploying, locking, querying and deleting automation composition instances")
public class InstanceQueryResource {

    private static final Logger LOG = Logger.getLogger(InstanceQueryResource.class.getName());

    @Inject
    private InstantiationService instantiation;

    @Inject
    private InstanceMapper mapper;

    @Inject
    private RequestCorrelation correlation;

    @GET
    @Operation(operationId = "queryCompositionInstancesByFilter", summary = "Query automation composition instances",
            description = "Instances matching every filter given; each filter is a comma list matching any of its "
                    + "values. Sorted by sort (default lastMsg) in sortOrder (default DESC)")
    @APIResponse(responseCode = "200", description = "The matching instances",
            content = @Content(schema = @Schema(implementation = AutomationCompositions.class)))
    public AutomationCompositions queryCompositionInstancesByFilter(
            @Parameter(description = "Comma list of participant UUIDs running an element")
            @QueryParam("participantId") String participantId,
            @Parameter(description = "Comma list of instance UUIDs") @QueryParam("instanceIds") String instanceIds,
            @Parameter(description = "Comma list of deploy states") @QueryParam("deployState") String deployState,
            @Parameter(description = "Comma list of NO_ERROR, FAILED, TIMEOUT")
            @QueryParam("stateChangeResult") String stateChangeResult,
            @Parameter(description = "Zero-based page number, must not be negative; only with size",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(description = "The size of the page to be returned, must be greater than 0; only with page",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(description = "lastMsg (default), name, version, deployState, lockState, stateChangeResult, "
                    + "instanceId or compositionId") @QueryParam("sort") String sort,
            @Parameter(description = "ASC or DESC (default)") @QueryParam("sortOrder") String sortOrder) {
        LOG.fine(() -> "Query instances participantId=" + participantId + " instanceIds=" + instanceIds
                + " deployState=" + deployState + " stateChangeResult=" + stateChangeResult + correlation.logTag());
        return mapper.toList(instantiation.search(
                InstanceQuery.search(participantId, instanceIds, deployState, stateChangeResult, sort, sortOrder),
                Paging.fromQuery(page, size)));
    }
}
