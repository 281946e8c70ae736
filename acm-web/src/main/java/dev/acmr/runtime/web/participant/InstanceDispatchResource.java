package dev.acmr.runtime.web.participant;

import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import dev.acmr.runtime.participant.dispatch.DispatchLogEntry;
import dev.acmr.runtime.participant.dispatch.DispatchLogService;
import dev.acmr.runtime.web.error.SimpleResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which replica ran which phase of which order on an instance, newest first (beyond ONAP's API). */
@Path("compositions/{compositionId}/instances/{instanceId}/dispatches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Automation Composition Instance")
public class InstanceDispatchResource {

    @Inject
    private DispatchLogService dispatchLog;

    @GET
    @Operation(operationId = "getInstanceDispatches", summary = "Which replica ran each operation message",
            description = "The operation messages sent for the instance, newest first, with the replica each went to")
    @APIResponse(responseCode = "200", description = "The dispatches",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DispatchDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing was ever dispatched for this instance",
            content = @Content(schema = @Schema(implementation = SimpleResponse.class)))
    public List<DispatchDto> dispatches(@PathParam("compositionId") String compositionId,
            @PathParam("instanceId") String instanceId) {
        List<DispatchLogEntry> log = DispatchLogMapper.entityId(instanceId).map(dispatchLog::entriesOf)
                .orElse(List.of());
        if (log.isEmpty()) {
            throw new InstanceNotFoundException(instanceId);
        }
        return DispatchLogMapper.toDtos(log);
    }
}
