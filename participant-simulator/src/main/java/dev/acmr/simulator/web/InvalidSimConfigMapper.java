package dev.acmr.simulator.web;

import dev.acmr.simulator.config.InvalidSimConfigException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused SimConfig is the caller's mistake: 400 with the reason. */
@Provider
public class InvalidSimConfigMapper implements ExceptionMapper<InvalidSimConfigException> {

    @Override
    public Response toResponse(InvalidSimConfigException exception) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDetails(exception.getMessage())).build();
    }
}
