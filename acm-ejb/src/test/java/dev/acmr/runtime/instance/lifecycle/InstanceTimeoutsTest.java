package dev.acmr.runtime.instance.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.instance.domain.InstanceOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceTimeoutsTest {

    private static final Duration FALLBACK = Duration.ofMillis(36000);

    @Test
    void theFirstElementSettingTheOrdersKeyWins() {
        List<Map<String, Object>> elements = List.of(Map.of("baseUrl", "x"),
                Map.of("deployTimeoutMs", 2000L, "undeployTimeoutMs", "1500"), Map.of("deployTimeoutMs", 9000L));
        assertEquals(Duration.ofMillis(2000), InstanceTimeouts.of(InstanceOrder.DEPLOY, elements, FALLBACK));
        assertEquals(Duration.ofMillis(1500), InstanceTimeouts.of(InstanceOrder.UNDEPLOY, elements, FALLBACK));
    }

    @Test
    void otherwiseTheDefault() {
        List<Map<String, Object>> elements = List.of(Map.of("deployTimeoutMs", "soon"), Map.of("lockTimeoutMs", -1L));
        assertEquals(FALLBACK, InstanceTimeouts.of(InstanceOrder.DEPLOY, elements, FALLBACK));
        assertEquals(FALLBACK, InstanceTimeouts.of(InstanceOrder.LOCK, elements, FALLBACK));
        assertEquals(FALLBACK, InstanceTimeouts.of(InstanceOrder.PREPARE, elements, FALLBACK));
    }

    @Test
    void onlyAMigrationHasItsOwnKeyAsInOnap() {
        List<Map<String, Object>> elements = List.of(Map.of("migrateTimeoutMs", 5000L));
        assertEquals(Duration.ofMillis(5000), InstanceTimeouts.of(InstanceOrder.MIGRATE, elements, FALLBACK));
        for (InstanceOrder order : List.of(InstanceOrder.MIGRATE_PRECHECK, InstanceOrder.ROLLBACK,
                InstanceOrder.PREPARE, InstanceOrder.REVIEW)) {
            assertEquals(FALLBACK, InstanceTimeouts.of(order, elements, FALLBACK), order.name());
            assertEquals(java.util.Optional.empty(), InstanceTimeouts.keyOf(order), order.name());
        }
    }
}
