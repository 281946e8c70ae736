package dev.acmr.runtime.web.error;

import dev.acmr.runtime.instance.application.InstanceRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the instance rules refuse (its body, its state...) is a 400 that says why. */
@Provider
@ApplicationScoped
public class InstanceRejectedMapper extends RefusalMapper implements ExceptionMapper<InstanceRejectedException> {

    @Override
    public Response toResponse(InstanceRejectedException e) {
        return refuse(Response.Status.BAD_REQUEST, e);
    }
}
