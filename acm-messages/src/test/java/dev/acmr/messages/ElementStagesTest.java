package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ElementStagesTest {

    private static final Map<String, Object> BY_OPERATION = Map.of("stage",
            Map.of("migrate", List.of(2L, 0L), "prepare", List.of(new BigDecimal("1"), "3")));
    private static final Map<String, Object> PLAIN_LIST = Map.of("stage", List.of(1, 2));

    @Test
    void aMapNamesBothSetsWhateverTheNumberType() {
        assertEquals(new TreeSet<>(Set.of(0, 2)), ElementStages.migrateStages(BY_OPERATION));
        assertEquals(new TreeSet<>(Set.of(1, 3)), ElementStages.prepareStages(BY_OPERATION));
    }

    @Test
    void aPlainListIsTheMigrateSetOnly() {
        assertEquals(new TreeSet<>(Set.of(1, 2)), ElementStages.migrateStages(PLAIN_LIST));
        assertEquals(Set.of(0), ElementStages.prepareStages(PLAIN_LIST));
    }

    @Test
    void noStagesIsStageZero() {
        assertEquals(Set.of(0), ElementStages.migrateStages(Map.of()));
        assertEquals(Set.of(0), ElementStages.prepareStages(null));
    }

    @Test
    void theNextStageIsTheNearestOneOrTheLastWhenNoneIsLeft() {
        assertEquals(2, ElementStages.nextMigrateStage(BY_OPERATION, 0));
        assertEquals(2, ElementStages.nextMigrateStage(BY_OPERATION, 2));
        assertEquals(0, ElementStages.nextRollbackStage(BY_OPERATION, 2));
        assertEquals(0, ElementStages.nextRollbackStage(BY_OPERATION, 0));
        assertEquals(3, ElementStages.nextPrepareStage(BY_OPERATION, 1));
        assertEquals(3, ElementStages.nextPrepareStage(BY_OPERATION, 3));
        assertEquals(1, ElementStages.nextPrepareStage(BY_OPERATION, 0), "from below the first");
    }
}
