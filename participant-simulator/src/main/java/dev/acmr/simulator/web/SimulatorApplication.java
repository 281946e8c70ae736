package dev.acmr.simulator.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** ONAP's simulator control API, v2, under the context root {@code /onap/policy/simparticipant}. */
@ApplicationPath("v2")
@OpenAPIDefinition(info = @Info(title = "ACM simulator participant", version = "v2",
        description = "ONAP's simulator participant control API, on the acm-participant-adapter"))
public class SimulatorApplication extends Application {
}
