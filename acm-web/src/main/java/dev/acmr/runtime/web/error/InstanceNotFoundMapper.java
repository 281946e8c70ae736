package dev.acmr.runtime.web.error;

import dev.acmr.runtime.instance.application.InstanceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown instance is a 404 that names the id. */
@Provider
@ApplicationScoped
public class InstanceNotFoundMapper extends RefusalMapper implements ExceptionMapper<InstanceNotFoundException> {

    @Override
    public Response toResponse(InstanceNotFoundException e) {
        return refuse(Response.Status.NOT_FOUND, e);
    }
}
