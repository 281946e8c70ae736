package dev.acmr.runtime.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FullSyncPatienceTest {

    @Test
    void aSmallFullSyncGetsTheBaseAllowance() {
        assertEquals(FullSyncPatience.BASE, FullSyncPatience.forSize(0));
        assertTrue(FullSyncPatience.forSize(10).compareTo(Duration.ofSeconds(6)) < 0);
    }

    @Test
    void thousandsOfInstancesAreGivenTimeInProportion() {
        assertEquals(Duration.ofSeconds(30), FullSyncPatience.forSize(5_000));
        assertTrue(FullSyncPatience.forSize(10_000).compareTo(FullSyncPatience.forSize(5_000)) > 0);
    }

    @Test
    void aNegativeSizeCountsAsNone() {
        assertEquals(FullSyncPatience.BASE, FullSyncPatience.forSize(-1));
    }
}
