package dev.acmr.simulator.element;

import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.InstanceElementDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The most recent calls the listener received, oldest first; bounded so a long run cannot exhaust memory. */
@ApplicationScoped
public class ExecutionLog {

    static final int CAPACITY = 1000;

    private final List<Execution> executions = new ArrayList<>();
    private final Clock clock = Clock.systemUTC();

    public void record(String operation, CompositionElementDto composition, InstanceElementDto instance,
            Integer stage) {
        add(new Execution(clock.instant(), operation, composition == null ? null : composition.compositionId(),
                instance == null ? null : instance.instanceId(), instance == null ? null : instance.elementId(),
                stage));
    }

    public void recordComposition(String operation, UUID compositionId) {
        add(new Execution(clock.instant(), operation, compositionId, null, null, null));
    }

    /** The element's running call ended with {@code outcome}: the state reported, or FAILED. */
    public void ended(UUID instanceId, UUID elementId, String outcome) {
        end(null, instanceId, elementId, outcome);
    }

    /** The composition's running prime or deprime ended with {@code outcome}. */
    public void endedComposition(UUID compositionId, String outcome) {
        end(compositionId, null, null, outcome);
    }

    // The latest call still running on that composition or element takes the outcome; its place stays.
    private synchronized void end(UUID compositionId, UUID instanceId, UUID elementId, String outcome) {
        for (int i = executions.size() - 1; i >= 0; i--) {
            Execution call = executions.get(i);
            if (call.isRunningOn(compositionId, instanceId, elementId)) {
                executions.set(i, call.ended(outcome, clock.instant()));
                return;
            }
        }
    }

    public synchronized List<Execution> executions() {
        return List.copyOf(executions);
    }

    private synchronized void add(Execution execution) {
        if (executions.size() == CAPACITY) {
            executions.remove(0);
        }
        executions.add(execution);
    }
}
