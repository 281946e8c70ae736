package dev.acmr.simulator.element;

import java.time.Instant;
import java.util.UUID;

/**
 * One call the listener received.
 *
 * @param compositionId the composition (definition) concerned, when the call names one
 * @param instanceId the instance, for element operations
 * @param elementId the instance element, for element operations
 * @param stage the stage of a migrate, prepare or rollback, else null
 */
public record Execution(Instant at, String operation, UUID compositionId, UUID instanceId, UUID elementId,
        Integer stage) {
}
