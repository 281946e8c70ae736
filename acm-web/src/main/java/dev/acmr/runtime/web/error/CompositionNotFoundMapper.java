package dev.acmr.runtime.web.error;

import dev.acmr.runtime.composition.application.CompositionNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown composition definition is a 404 that names the id. */
@Provider
@ApplicationScoped
public class CompositionNotFoundMapper extends RefusalMapper implements ExceptionMapper<CompositionNotFoundException> {

    @Override
    public Response toResponse(CompositionNotFoundException e) {
        return refuse(Response.Status.NOT_FOUND, e);
    }
}
