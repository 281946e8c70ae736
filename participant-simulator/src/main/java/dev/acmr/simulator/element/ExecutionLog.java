package dev.acmr.simulator.element;

import dev.acmr.participant.api.CompositionElementDto;
import dev.acmr.participant.api.InstanceElementDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/** The most recent calls the listener received, oldest first; bounded so a long run cannot exhaust memory. */
@ApplicationScoped
public class ExecutionLog {

    static final int CAPACITY = 1000;

    private final Deque<Execution> executions = new ArrayDeque<>();
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

    public synchronized List<Execution> executions() {
        return List.copyOf(executions);
    }

    private synchronized void add(Execution execution) {
        if (executions.size() == CAPACITY) {
            executions.removeFirst();
        }
        executions.addLast(execution);
    }
}
