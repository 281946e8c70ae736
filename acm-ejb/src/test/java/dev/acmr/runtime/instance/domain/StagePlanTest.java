package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stage traces of ONAP's migrate-and-rollback system test (checks 15, 26 and 36): which elements each stage
 * runs, and the stages each element runs in, when every participant reports its next stage as ONAP's simulator does.
 * Elements: 34 Starter, 35 Bridge, 36 Sink, 38 Sink2 (the From definition), 37 New, 40 New2 (the To definition).
 */
class StagePlanTest {

    @Test
    void prepareRunsEachElementsPrepareStagesLowestFirst() {
        Map<String, Element> elements = new LinkedHashMap<>();
        elements.put("34", new Element(stages(1, 2), false));
        elements.put("35", new Element(stages(0, 1), false));
        elements.put("36", new Element(stages(0, 2), false));
        elements.put("38", new Element(stages(0, 3), false));

        Run run = run(elements, Direction.ASCENDING);

        assertEquals(List.of(0, 1, 2, 3), run.stagesSent());
        assertEquals(List.of(Set.of("35", "36", "38"), Set.of("34", "35"), Set.of("34", "36"), Set.of("38")),
                run.elementsSent());
        assertEquals(List.of(1, 2), run.ranBy("34"));
        assertEquals(List.of(0, 1), run.ranBy("35"));
        assertEquals(List.of(0, 2), run.ranBy("36"));
    }

    @Test
    void aMigrationRemovingElementsStartsAtStageZeroWithTheRemovals() {
        Map<String, Element> elements = new LinkedHashMap<>();
        elements.put("34", new Element(stages(1, 2), false));
        elements.put("35", new Element(stages(0, 1), false));
        elements.put("36", new Element(stages(0), true));
        elements.put("37", new Element(stages(0, 2), false));
        elements.put("38", new Element(stages(0), true));
        elements.put("40", new Element(stages(1, 2), false));

        Run run = run(elements, Direction.ASCENDING);

        assertEquals(List.of(0, 1, 2), run.stagesSent());
        assertEquals(List.of(Set.of("35", "36", "37", "38"), Set.of("34", "35", "40"), Set.of("34", "37", "40")),
                run.elementsSent());
        assertEquals(List.of(1, 2), run.ranBy("34"));
        assertEquals(List.of(0, 1), run.ranBy("35"));
        assertEquals(List.of(0, 2), run.ranBy("37"));
        assertEquals(List.of(1, 2), run.ranBy("40"));
    }

    @Test
    void aRevertRunsTheSourceStagesHighestFirstAndRemovesTheNewElementsFirst() {
        Map<String, Element> elements = new LinkedHashMap<>();
        elements.put("34", new Element(stages(1, 2), false));
        elements.put("35", new Element(stages(0, 1), false));
        elements.put("36", new Element(stages(0, 2), false));
        elements.put("37", new Element(stages(0), true));
        elements.put("38", new Element(stages(0, 3), false));
        elements.put("40", new Element(stages(0), true));

        Run run = run(elements, Direction.DESCENDING);

        assertEquals(List.of(3, 2, 1, 0), run.stagesSent());
        assertEquals(List.of(Set.of("37", "38", "40"), Set.of("34", "36"), Set.of("34", "35"),
                Set.of("35", "36", "38")), run.elementsSent());
        assertEquals(List.of(2, 1), run.ranBy("34"));
        assertEquals(List.of(1, 0), run.ranBy("35"));
        assertEquals(List.of(2, 0), run.ranBy("36"));
    }

    @Test
    void aReportedStageWinsOverTheFirstStage() {
        Map<String, StagePlan.StagedElement> elements = Map.of("a",
                new StagePlan.StagedElement(stages(0, 1, 2), 2, false));
        assertEquals(Map.of("a", 2), StagePlan.currentStages(elements, Direction.ASCENDING));
    }

    @Test
    void onlyAReportBeyondTheCurrentStageMovesAnElementOn() {
        assertTrue(StagePlan.movesOn(0, 1, Direction.ASCENDING));
        assertFalse(StagePlan.movesOn(1, 1, Direction.ASCENDING));
        assertFalse(StagePlan.movesOn(2, 1, Direction.ASCENDING));
        assertTrue(StagePlan.movesOn(2, 1, Direction.DESCENDING));
        assertFalse(StagePlan.movesOn(1, 2, Direction.DESCENDING));
    }

    // ---- a participant reporting as ONAP's simulator does ----

    private record Element(SortedSet<Integer> stages, boolean leaving) {
    }

    private record Run(List<Integer> stagesSent, List<Set<String>> elementsSent, Map<String, List<Integer>> ran) {

        List<Integer> ranBy(String element) {
            return ran.get(element);
        }
    }

    private static Run run(Map<String, Element> elements, Direction direction) {
        Map<String, Integer> reported = new LinkedHashMap<>();
        Set<String> finished = new LinkedHashSet<>();
        List<Integer> stagesSent = new ArrayList<>();
        List<Set<String>> elementsSent = new ArrayList<>();
        Map<String, List<Integer>> ran = new LinkedHashMap<>();
        Integer lastSent = null;
        for (int round = 0; round < 20; round++) {
            Map<String, StagePlan.StagedElement> staged = new LinkedHashMap<>();
            elements.forEach((key, element) -> staged.put(key,
                    new StagePlan.StagedElement(element.stages(), reported.get(key), element.leaving())));
            Map<String, Integer> current = StagePlan.currentStages(staged, direction);
            PhaseStep step = PhasePlan.step(current, finished, direction, lastSent);
            if (step instanceof PhaseStep.Complete) {
                return new Run(stagesSent, elementsSent, ran);
            }
            int stage = ((PhaseStep.Send) step).phase();
            Set<String> inStage = PhasePlan.elementsIn(stage, current, finished);
            stagesSent.add(stage);
            elementsSent.add(inStage);
            for (String key : inStage) {
                Element element = elements.get(key);
                if (element.leaving()) {
                    finished.add(key);
                    continue;
                }
                ran.computeIfAbsent(key, k -> new ArrayList<>()).add(stage);
                TreeSet<Integer> set = new TreeSet<>(element.stages());
                Integer next = direction == Direction.ASCENDING ? set.higher(stage) : set.lower(stage);
                if (next == null) {
                    finished.add(key);
                } else {
                    reported.put(key, next);
                }
            }
            lastSent = stage;
        }
        throw new AssertionError("the run does not end");
    }

    private static SortedSet<Integer> stages(Integer... stages) {
        return new TreeSet<>(List.of(stages));
    }
}
