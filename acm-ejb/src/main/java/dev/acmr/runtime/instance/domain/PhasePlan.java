package dev.acmr.runtime.instance.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which start phase (or stage) runs next: the lowest among the elements that have not finished when ascending, the
 * highest when descending. The elements are keyed by any identifier; an element "finished" when it reached the
 * running order's target state, including the ones a retry did not target. For stages, pass each element's next
 * stage as its phase.
 */
public final class PhasePlan {

    private PhasePlan() {
    }

    /** The phase that runs next; empty when every element has finished. */
    public static <K> OptionalInt nextPhase(Map<K, Integer> phases, Set<K> finished, Direction direction) {
        return direction.first(unfinishedPhases(phases, finished));
    }

    /** The unfinished elements of a phase: those the participants run when they receive it. */
    public static <K> Set<K> elementsIn(int phase, Map<K, Integer> phases, Set<K> finished) {
        Set<K> elements = new LinkedHashSet<>();
        phases.forEach((element, elementPhase) -> {
            if (elementPhase == phase && !finished.contains(element)) {
                elements.add(element);
            }
        });
        return Collections.unmodifiableSet(elements);
    }

    /**
     * What to do next, given the phase last sent (null before the first): send the next phase when it differs from
     * it, otherwise wait for the one running; complete when every element has finished. ONAP sends a phase once,
     * and resends only when the user repeats the order, which resets {@code lastSent}.
     */
    public static <K> PhaseStep step(Map<K, Integer> phases, Set<K> finished, Direction direction, Integer lastSent) {
        OptionalInt next = nextPhase(phases, finished, direction);
        if (next.isEmpty()) {
            return new PhaseStep.Complete();
        }
        int phase = next.getAsInt();
        return lastSent != null && lastSent == phase ? new PhaseStep.Await(phase) : new PhaseStep.Send(phase);
    }

    private static <K> IntStream unfinishedPhases(Map<K, Integer> phases, Set<K> finished) {
        return phases.entrySet().stream()
                .filter(entry -> !finished.contains(entry.getKey()))
                .mapToInt(Map.Entry::getValue);
    }
}
