package dev.acmr.runtime.web.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's error body: one field, {@code errorDetails}. */
@Schema(name = "SimpleResponse")
public record SimpleResponse(String errorDetails) {

    /** This body as the JSON entity of a response with the given status. */
    public Response withStatus(Response.StatusType status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
