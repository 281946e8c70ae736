package dev.acmr.simulator.web;

import dev.acmr.simulator.element.Execution;
import java.time.Instant;
import java.util.UUID;

/**
 * One listener call as {@code GET /executions} shows it: recorded when it starts ({@code timestamp}), with its
 * {@code outcome} (the state reported, or FAILED) and {@code endedAt} once it ends; absent values are left out of the
 * JSON (JSON-B writes no nulls), so a call in progress has no outcome. The replica id is this process's, so calls collected from every replica can be told apart.
 */
public record ExecutionEntry(String operation, UUID compositionId, UUID instanceId, UUID elementId, Integer stage,
        Instant timestamp, UUID replicaId, String outcome, Instant endedAt) {

    static ExecutionEntry of(Execution execution, UUID replicaId) {
        return new ExecutionEntry(execution.operation(), execution.compositionId(), execution.instanceId(),
                execution.elementId(), execution.stage(), execution.at(), replicaId, execution.outcome(),
                execution.endedAt());
    }
}
