package dev.acmr.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ONAP's {@code GET /instances} query: comma-separated lists, absent or empty meaning no filter. */
class InstanceFilterTest {

    @Test
    void commaSeparatedListsAreRead() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        InstanceFilter filter = InstanceFilter.parse(a + ", " + b, "DEPLOYED,UNDEPLOYED", "FAILED");
        assertEquals(List.of(a, b), filter.instanceIds());
        assertEquals(List.of(DeployState.DEPLOYED, DeployState.UNDEPLOYED), filter.deployStates());
        assertEquals(List.of(StateChangeResult.FAILED), filter.stateChangeResults());
    }

    @Test
    void absentOrEmptyFiltersNothing() {
        assertEquals(new InstanceFilter(List.of(), List.of(), List.of()), InstanceFilter.parse(null, "", " "));
    }

    @Test
    void aValueThatIsNoIdOrStateIsABadRequestNamingIt() {
        RejectedRequestException e = assertThrows(RejectedRequestException.class,
                () -> InstanceFilter.parse(null, "DEPLOYD", null));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("deployState") && e.getMessage().contains("DEPLOYD"), e.getMessage());
        assertEquals(400, assertThrows(RejectedRequestException.class,
                () -> InstanceFilter.parse("nope", null, null)).status());
    }
}
