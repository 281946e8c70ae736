package dev.acmr.simulator.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused request: its status, with the reason as ONAP's error body. */
@Provider
public class RejectedRequestMapper implements ExceptionMapper<RejectedRequestException> {

    @Override
    public Response toResponse(RejectedRequestException exception) {
        return Response.status(exception.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDetails(exception.getMessage())).build();
    }
}
