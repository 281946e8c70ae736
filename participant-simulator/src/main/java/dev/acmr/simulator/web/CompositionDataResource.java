package dev.acmr.simulator.web;

import static dev.acmr.simulator.web.AdapterCalls.adapter;

import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.simulator.element.Intermediary;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET|PUT /compositiondatas}: ONAP's simulator view of the composition element definitions this participant
 * holds, and its way to push their out-properties ({@code sendAcDefinitionInfo}). Reads come from this replica's
 * view, which the runtime keeps the same on every replica.
 */
@Path("compositiondatas")
@Produces(MediaType.APPLICATION_JSON)
public class CompositionDataResource {

    @Inject
    Intermediary intermediary;

    @GET
    @Operation(summary = "Every element definition of every primed composition: properties and out-properties")
    public InternalDatas list() {
        return InternalDatas.of(adapter(intermediary::findCompositions));
    }

    @GET
    @Path("{compositionId}")
    @Operation(summary = "The element definitions of one primed composition")
    public InternalDatas one(@PathParam("compositionId") String compositionId) {
        UUID id = uuid(compositionId);
        CompositionDto composition = adapter(() -> intermediary.getComposition(id));
        if (composition == null) {
            throw RejectedRequestException.notFound("composition " + id + " is not primed on this participant");
        }
        return InternalDatas.of(List.of(composition));
    }

    /** Pushes one element definition's out-properties; the body is parsed here for exact 400 reasons. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send new out-properties of a composition element definition (ONAP's InternalData)")
    public Response put(String body) {
        CompositionDataUpdate update = CompositionDataParser.parse(body);
        ToscaConceptIdentifier element = update.elementIn(Optional.ofNullable(adapter(() ->
                intermediary.getComposition(update.compositionId()))));
        try {
            adapter(() -> {
                intermediary.sendAcDefinitionInfo(update.compositionId(), element, update.outProperties());
                return null;
            });
        } catch (IllegalArgumentException e) {
            // Deprimed between the check above and the send.
            throw RejectedRequestException.notFound(e.getMessage());
        }
        return Response.ok().build();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequestException.badRequest("'" + text + "' is not a composition id (UUID)");
        }
    }
}
