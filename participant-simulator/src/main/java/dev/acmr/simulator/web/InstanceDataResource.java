package dev.acmr.simulator.web;

import static dev.acmr.simulator.web.AdapterCalls.adapter;

import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.simulator.element.Intermediary;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET|PUT /datas}: ONAP's simulator view of the instance elements this participant holds, and its way to
 * push their use state, operational state and out-properties ({@code sendAcElementInfo}).
 */
@Path("datas")
@Produces(MediaType.APPLICATION_JSON)
public class InstanceDataResource {

    @Inject
    Intermediary intermediary;

    @GET
    @Operation(summary = "Every element of every instance: properties and out-properties (ONAP's InternalDatas)")
    public InstanceDatas list() {
        return InstanceDatas.of(adapter(intermediary::getAutomationCompositions).values());
    }

    /** Pushes one element's states and out-properties; the body is parsed here for exact 400 reasons. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send new use state, operational state and out-properties of an instance element")
    public Response put(String body) {
        InstanceDataUpdate update = InstanceDataParser.parse(body);
        if (adapter(() -> intermediary.getInstanceElementDto(update.instanceId(), update.elementId())).state()
                == ElementState.NOT_PRESENT) {
            throw RejectedRequestException.notFound("instance " + update.instanceId() + " has no element "
                    + update.elementId() + " on this participant");
        }
        try {
            adapter(() -> {
                intermediary.sendAcElementInfo(update.instanceId(), update.elementId(), update.useState(),
                        update.operationalState(), update.outProperties());
                return null;
            });
        } catch (IllegalArgumentException e) {
            // Deleted between the check above and the send.
            throw RejectedRequestException.notFound(e.getMessage());
        }
        return Response.ok().build();
    }
}
