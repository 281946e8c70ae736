package dev.acmr.simulator.web;

import dev.acmr.simulator.element.ExecutionLog;
import dev.acmr.simulator.element.Intermediary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /executions}: every listener call this replica received (the latest 1000),
 * oldest first. Not part of ONAP's simulator: tests use it to prove that no order ran twice across replicas.
 */
@Path("executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {

    @Inject
    ExecutionLog log;

    @Inject
    Intermediary intermediary;

    @GET
    @Operation(summary = "The listener calls of this replica: operation, ids, timestamp, replicaId")
    public List<ExecutionEntry> get() {
        UUID replicaId = replicaId();
        return log.executions().stream().map(execution -> ExecutionEntry.of(execution, replicaId)).toList();
    }

    /** Null (left out of the JSON) if the adapter cannot say; the calls are still worth showing. */
    private UUID replicaId() {
        try {
            return intermediary.status().replicaId();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
