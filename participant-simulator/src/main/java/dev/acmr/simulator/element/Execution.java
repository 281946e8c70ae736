package dev.acmr.simulator.element;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One call the listener received, recorded when it starts, so that an operation still in progress is visible;
 * {@code outcome} and {@code endedAt} are set when the simulator reports its result.
 *
 * @param compositionId the composition (definition) concerned, when the call names one
 * @param instanceId the instance, for element operations
 * @param elementId the instance element, for element operations
 * @param stage the stage of a migrate, prepare or rollback, else null
 * @param outcome the state reported (DEPLOYED, PRIMED, ...) or FAILED; null while the call runs
 * @param endedAt when the result was reported; null while the call runs
 */
public record Execution(Instant at, String operation, UUID compositionId, UUID instanceId, UUID elementId,
        Integer stage, String outcome, Instant endedAt) {

    /** A call that started at {@code at} and has not ended. */
    public Execution(Instant at, String operation, UUID compositionId, UUID instanceId, UUID elementId,
            Integer stage) {
        this(at, operation, compositionId, instanceId, elementId, stage, null, null);
    }

    boolean isRunningOn(UUID compositionOrNull, UUID instanceOrNull, UUID elementOrNull) {
        return outcome == null && Objects.equals(instanceId, instanceOrNull) && Objects.equals(elementId, elementOrNull)
                && (compositionOrNull == null || compositionOrNull.equals(compositionId));
    }

    Execution ended(String result, Instant at) {
        return new Execution(this.at, operation, compositionId, instanceId, elementId, stage, result, at);
    }
}
