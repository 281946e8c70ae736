package dev.acmr.runtime.web.error;

import dev.acmr.runtime.shared.InvalidPagingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A page or size the client got wrong is a 400 that says which. */
@Provider
@ApplicationScoped
public class InvalidPagingMapper extends RefusalMapper implements ExceptionMapper<InvalidPagingException> {

    @Override
    public Response toResponse(InvalidPagingException e) {
        return refuse(Response.Status.BAD_REQUEST, e);
    }
}
