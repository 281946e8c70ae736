package dev.acmr.runtime.web.error;

import dev.acmr.runtime.composition.tosca.InvalidServiceTemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service template that cannot be read or breaks a rule is a 400 that says what and where. */
@Provider
@ApplicationScoped
public class InvalidServiceTemplateMapper extends RefusalMapper
        implements ExceptionMapper<InvalidServiceTemplateException> {

    @Override
    public Response toResponse(InvalidServiceTemplateException e) {
        return refuse(Response.Status.BAD_REQUEST, e);
    }
}
