package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusTextTest {

    @Test
    void rendersOneComponentALine() {
        assertEquals("""
                COMPONENT                          PID      HEALTH ENDPOINT
                database                           -        DOWN   postgresql://127.0.0.1:5432/acm
                broker                             3900     UP     mq://127.0.0.1:7676
                admin server (DAS)                 4000     UP     http://127.0.0.1:24848
                runtime acm-node-1                 4101     UP     http://127.0.0.1:6969/onap/policy/clamp/acm/v2
                runtime acm-node-2                 -        DOWN   http://127.0.0.1:6970/onap/policy/clamp/acm/v2
                sim 101c62b3 replica 1             4201     UP     http://127.0.0.1:8101/onap/policy/simparticipant/v2
                sim 101c62b3 replica 2             -        DOWN   http://127.0.0.1:8102/onap/policy/simparticipant/v2
                sim 101c62b3 replica 10            -        DOWN   http://127.0.0.1:/onap/policy/simparticipant/v2
                """, StatusText.render(StatusSamples.mixed()));
    }

    @Test
    void showsThePostmasterPidWhenKnown() {
        StackStatus mixed = StatusSamples.mixed();
        StackStatus withDatabasePid = new StackStatus(mixed.runtime(), mixed.das(), mixed.defaultParticipant(),
                mixed.presets(), mixed.participants(), mixed.broker(), new StackStatus.Component(
                        mixed.database().url(), java.util.OptionalLong.of(30842), Health.UP));
        assertTrue(StatusText.render(withDatabasePid).contains(
                "\ndatabase                           30842    UP     postgresql://127.0.0.1:5432/acm\n"));
    }

    @Test
    void allUpCountsTheAdminServerWhichTheTableShows() {
        assertFalse(StatusText.allUp(StatusSamples.up(Health.DOWN)));
        assertTrue(StatusText.allUp(StatusSamples.up(Health.UP)));
    }
}
