package dev.acmr.simulator.web;

import dev.acmr.simulator.config.SimConfig;
import dev.acmr.simulator.config.SimConfigHolder;
import dev.acmr.simulator.config.SimConfigParser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET|PUT /parameters}: ONAP's SimConfig of this replica. */
@Path("parameters")
@Produces(MediaType.APPLICATION_JSON)
public class ParametersResource {

    @Inject
    SimConfigHolder holder;

    @GET
    @Operation(summary = "The simulator settings of this replica")
    public SimConfig get() {
        return holder.get();
    }

    /**
     * Replaces the settings; the body is read as text and parsed here so that malformed JSON, unknown fields and bad
     * values all get the same 400 with a reason, instead of whatever the JSON provider would answer.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the simulator settings of this replica (fields left out take ONAP's defaults)")
    public SimConfig put(String body) {
        holder.set(SimConfigParser.parse(body));
        return holder.get();
    }
}
