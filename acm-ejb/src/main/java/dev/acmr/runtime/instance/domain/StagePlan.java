package dev.acmr.runtime.instance.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The stage each element of a staged order (migrate, prepare, migration revert) is at, as ONAP's stage scanner
 * computes it: the next stage the element last reported, or before any report its first stage in the order's
 * direction (lowest when ascending, highest when descending). An element the order takes away from its participant
 * (REMOVED by a migration, NEW in a revert) is removed in the run's first stage: stage 0 when ascending (ONAP counts
 * a definition missing from the template as 0, which is why a migration that removes elements starts at 0), the
 * highest stage of the run when descending. {@link PhasePlan} takes the result as the elements' phases.
 */
public final class StagePlan {

    private StagePlan() {
    }

    /**
     * One element as the plan reads it.
     *
     * @param stages the stages of the element's definition for the running order, ascending; never empty
     * @param reported the next stage the element reported; null before its first report
     * @param leaving whether the order removes the element from its participant
     */
    public record StagedElement(SortedSet<Integer> stages, Integer reported, boolean leaving) {

        public StagedElement {
            Objects.requireNonNull(stages, "stages");
            if (stages.isEmpty()) {
                throw new IllegalArgumentException("an element has at least stage 0");
            }
        }
    }

    /** Each element's current stage, in the map's order. */
    public static <K> Map<K, Integer> currentStages(Map<K, StagedElement> elements, Direction direction) {
        int highest = elements.values().stream().filter(element -> !element.leaving())
                .mapToInt(element -> element.stages().last()).max().orElse(0);
        Map<K, Integer> current = new LinkedHashMap<>();
        elements.forEach((key, element) -> current.put(key, currentStage(element, direction, highest)));
        return Collections.unmodifiableMap(current);
    }

    private static int currentStage(StagedElement element, Direction direction, int highest) {
        if (element.reported() != null) {
            return element.reported();
        }
        if (element.leaving()) {
            return direction == Direction.ASCENDING ? 0 : highest;
        }
        return direction == Direction.ASCENDING ? element.stages().first() : element.stages().last();
    }

    /**
     * Whether a stage report moves the element on: its next stage lies beyond its current one in the order's
     * direction. A repeated or late report of a stage already passed does not.
     */
    public static boolean movesOn(int current, int reportedNext, Direction direction) {
        return direction == Direction.ASCENDING ? reportedNext > current : reportedNext < current;
    }
}
