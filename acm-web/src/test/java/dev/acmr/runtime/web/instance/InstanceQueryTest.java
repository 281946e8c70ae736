package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.application.InstanceSearch;
import dev.acmr.runtime.instance.domain.DeployState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceQueryTest {

    @Test
    void defaultsToEverythingByLastMsgNewestFirst() {
        InstanceSearch filter = InstanceQuery.search(null, "", null, null, null, null);
        assertTrue(filter.participantIds().isEmpty());
        assertTrue(filter.instanceIds().isEmpty());
        assertEquals(InstanceSearch.Sort.LAST_MSG, filter.sort());
        assertTrue(filter.descending());
    }

    @Test
    void readsCommaLists() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        InstanceSearch filter = InstanceQuery.search(a + ", " + b, b.toString(), "DEPLOYED,UNDEPLOYED",
                "FAILED,TIMEOUT", "name", "asc");
        assertEquals(List.of(a, b), filter.participantIds());
        assertEquals(List.of(b), filter.instanceIds());
        assertEquals(List.of(DeployState.DEPLOYED, DeployState.UNDEPLOYED), filter.deployStates());
        assertEquals(List.of(StateChangeResult.FAILED, StateChangeResult.TIMEOUT), filter.stateChangeResults());
        assertEquals(InstanceSearch.Sort.NAME, filter.sort());
        assertFalse(filter.descending());
    }

    @Test
    void refusesValuesThatNameNothing() {
        assertThrows(InstanceRejectedException.class, () -> InstanceQuery.search("x", null, null, null, null, null));
        assertThrows(InstanceRejectedException.class,
                () -> InstanceQuery.search(null, null, "DANCING", null, null, null));
        assertThrows(InstanceRejectedException.class, () -> InstanceQuery.search(null, null, null, null, "x", null));
        assertThrows(InstanceRejectedException.class,
                () -> InstanceQuery.search(null, null, null, null, null, "UP"));
    }
}
