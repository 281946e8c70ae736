package dev.acmr.runtime.web.error;

import dev.acmr.runtime.composition.application.CompositionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the composition rules refuse (its state, its instances...) is a 400 that says why. */
@Provider
@ApplicationScoped
public class CompositionRejectedMapper extends RefusalMapper implements ExceptionMapper<CompositionRejectedException> {

    @Override
    public Response toResponse(CompositionRejectedException e) {
        return refuse(Response.Status.BAD_REQUEST, e);
    }
}
