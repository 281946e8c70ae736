package dev.acmr.simulator.web;

import static dev.acmr.simulator.web.AdapterCalls.adapter;

import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.simulator.element.Intermediary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /instances[/{instanceId}]}: ONAP's simulator view of the instances this participant holds, read through
 * the intermediary API from this replica's view (which the runtime keeps the same on every replica), with each
 * element's own states.
 */
@Path("instances")
@Produces(MediaType.APPLICATION_JSON)
public class InstancesResource {

    @Inject
    Intermediary intermediary;

    /** Without a query every instance held; with ONAP's filters, those {@code findAutomationCompositions} finds. */
    @GET
    @Operation(summary = "The instances this participant holds, with their elements (ONAP's AutomationCompositions),"
            + " filtered by comma-separated instanceIds, deployState and stateChangeResult")
    public AutomationCompositions list(@QueryParam("instanceIds") String instanceIds,
            @QueryParam("deployState") String deployStates,
            @QueryParam("stateChangeResult") String stateChangeResults) {
        InstanceFilter filter = InstanceFilter.parse(instanceIds, deployStates, stateChangeResults);
        return AutomationCompositions.of(adapter(() -> intermediary.findAutomationCompositions(filter.instanceIds(),
                filter.deployStates(), filter.stateChangeResults())));
    }

    @GET
    @Path("{instanceId}")
    @Operation(summary = "One instance this participant holds (ONAP's AutomationComposition)")
    public AutomationCompositionEntry one(@PathParam("instanceId") String instanceId) {
        UUID id = uuid(instanceId);
        AutomationComposition instance = adapter(() -> intermediary.getAutomationComposition(id));
        if (instance == null) {
            throw RejectedRequestException.notFound("instance " + id + " is not held by this participant");
        }
        return AutomationCompositionEntry.of(instance);
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequestException.badRequest("'" + text + "' is not an instance id (UUID)");
        }
    }
}
