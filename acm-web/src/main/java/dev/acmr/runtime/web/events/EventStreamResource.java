package dev.acmr.runtime.web.events;

import dev.acmr.runtime.web.error.SimpleResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The live change stream, beyond ONAP's API: Server-Sent Events telling of every committed change of a composition,
 * an instance or a participant's replicas, on any node. A {@code ready} event when connected, then one {@code change}
 * event per change, whose data is {@code {"kind":"composition|instance|participant","id":...}} with the instance's
 * {@code compositionId} or the participant's {@code replicaId}. Replica heartbeats and drains are not streamed: read
 * the participants for those.
 */
@Path("events")
@RequestScoped
@Tag(name = "Live Changes", description = "Server-Sent Events telling of committed changes, for live views")
public class EventStreamResource {

    @Inject
    private ChangeBroadcaster broadcaster;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "Stream change notices",
            description = "Server-Sent Events: 'ready' once connected, then a 'change' event with kind and ids for "
                    + "every committed change of a composition, an instance or a participant's replicas")
    @APIResponse(responseCode = "200", description = "The event stream, open until the client closes it",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "401", description = "Authentication Error",
            content = @Content(schema = @Schema(implementation = SimpleResponse.class)))
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        broadcaster.open(sink, sse);
    }
}
