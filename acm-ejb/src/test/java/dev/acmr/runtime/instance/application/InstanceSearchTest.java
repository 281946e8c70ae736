package dev.acmr.runtime.instance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.repository.InstanceFilter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceSearchTest {

    @Test
    void becomesTheRepositoryFilterOfTheSameValues() {
        UUID participant = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        InstanceFilter filter = new InstanceSearch(List.of(participant), List.of(instance),
                List.of(DeployState.DEPLOYED), List.of(StateChangeResult.FAILED), InstanceSearch.Sort.NAME, false)
                .toFilter();

        assertEquals(List.of(participant), filter.participantIds());
        assertEquals(List.of(instance), filter.instanceIds());
        assertEquals(List.of(DeployState.DEPLOYED), filter.deployStates());
        assertEquals(List.of(StateChangeResult.FAILED), filter.stateChangeResults());
        assertEquals(InstanceFilter.Sort.NAME, filter.sort());
        assertFalse(filter.descending());
    }

    @Test
    void everySortTheApiOffersSortsOnTheSameField() {
        for (InstanceSearch.Sort sort : InstanceSearch.Sort.values()) {
            InstanceFilter filter = new InstanceSearch(List.of(), List.of(), List.of(), List.of(), sort, true)
                    .toFilter();
            assertEquals(sort.name(), filter.sort().name());
            assertTrue(filter.descending());
        }
    }

    @Test
    void findsASortByItsParameterName() {
        assertEquals(Optional.of(InstanceSearch.Sort.LAST_MSG), InstanceSearch.Sort.ofParameter("lastMsg"));
        assertEquals(Optional.of(InstanceSearch.Sort.COMPOSITION_ID), InstanceSearch.Sort.ofParameter("compositionId"));
        assertEquals(Optional.empty(), InstanceSearch.Sort.ofParameter("LASTMSG"));
    }
}
