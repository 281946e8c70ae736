package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ONAP's stage semantics, with the stage sets of its migration CSIT definitions. */
class ElementStagesTest {

    private static final Map<String, Object> STARTER = Map.of("stage",
            Map.of("migrate", List.of(1, 2), "prepare", List.of(1, 2)));
    private static final Map<String, Object> SINK2 = Map.of("stage",
            Map.of("migrate", List.of(0, 3), "prepare", List.of(0, 3)));
    private static final Map<String, Object> STAGED = Map.of("stage",
            Map.of("migrate", List.of(0, 2, 5), "prepare", List.of(1, 3)));

    @Test
    void theMapFormNamesTheMigrateAndThePrepareStages() {
        assertEquals(set(0, 2, 5), ElementStages.migrateStages(STAGED));
        assertEquals(set(1, 3), ElementStages.prepareStages(STAGED));
        assertEquals(set(1, 2), ElementStages.migrateStages(STARTER));
    }

    @Test
    void aPlainListIsForMigrateAndPrepareThenHasOnlyStageZero() {
        Map<String, Object> plain = Map.of("stage", List.of(4, 1));
        assertEquals(set(1, 4), ElementStages.migrateStages(plain));
        assertEquals(set(0), ElementStages.prepareStages(plain));
    }

    @Test
    void noStagesMeanStageZero() {
        for (Map<String, Object> none : List.<Map<String, Object>>of(Map.of(), Map.of("stage", List.of()),
                Map.of("stage", Map.of("prepare", List.of(2))), Map.of("stage", "not a list"))) {
            assertEquals(set(0), ElementStages.migrateStages(none), none::toString);
        }
        assertEquals(set(0), ElementStages.migrateStages(null));
        assertEquals(set(0), ElementStages.prepareStages(Map.of("stage", Map.of("migrate", List.of(3)))));
    }

    @Test
    void numbersMayArriveAsAnyNumberTypeOrText() {
        Map<String, Object> mixed = Map.of("stage", Map.of("migrate", List.of(1L, new BigDecimal("3"), " 2 ", 0),
                "prepare", List.of("7", new BigDecimal("4.0"))));
        assertEquals(set(0, 1, 2, 3), ElementStages.migrateStages(mixed));
        assertEquals(set(4, 7), ElementStages.prepareStages(mixed));
    }

    @Test
    void theNextMigrateStageIsTheNearestAfterTheLastOrTheLastItselfWhenDone() {
        assertEquals(2, ElementStages.nextMigrateStage(STAGED, 0));
        assertEquals(5, ElementStages.nextMigrateStage(STAGED, 2));
        assertEquals(5, ElementStages.nextMigrateStage(STAGED, 5), "no further stage: the last");
        assertEquals(2, ElementStages.nextMigrateStage(STARTER, 1));
        assertEquals(3, ElementStages.nextMigrateStage(SINK2, 0));
        assertEquals(0, ElementStages.nextMigrateStage(Map.of(), 0));
    }

    @Test
    void theNextRollbackStageRunsTheMigrateStagesBackwards() {
        assertEquals(2, ElementStages.nextRollbackStage(STAGED, 5));
        assertEquals(0, ElementStages.nextRollbackStage(STAGED, 2));
        assertEquals(0, ElementStages.nextRollbackStage(STAGED, 0), "no lower stage: the last");
        assertEquals(1, ElementStages.nextRollbackStage(STARTER, 2));
        assertEquals(1, ElementStages.nextRollbackStage(STARTER, 1));
    }

    @Test
    void theNextPrepareStageUsesThePrepareList() {
        assertEquals(1, ElementStages.nextPrepareStage(STAGED, 0));
        assertEquals(3, ElementStages.nextPrepareStage(STAGED, 1));
        assertEquals(3, ElementStages.nextPrepareStage(STAGED, 3));
        assertEquals(0, ElementStages.nextPrepareStage(Map.of("stage", List.of(1, 4)), 0),
                "a plain list is for migrate only");
    }

    private static SortedSet<Integer> set(Integer... stages) {
        return new TreeSet<>(List.of(stages));
    }
}
