package dev.acmr.simulator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** {@code GET /parameters} writes ONAP's flat SimConfig, whatever the class holds it in. */
class SimConfigJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void theDefaultsAreWrittenAsOnapsFlatFields() {
        assertEquals("{\"deleteSuccess\":true,\"deleteTimerMs\":100,\"deploySuccess\":true,\"deployTimerMs\":1000,"
                + "\"deprimeSuccess\":true,\"deprimeTimerMs\":100,\"lockSuccess\":true,\"lockTimerMs\":100,"
                + "\"migratePrecheck\":true,\"migratePrecheckTimerMs\":100,\"migrateSuccess\":true,"
                + "\"migrateTimerMs\":100,\"prepare\":true,\"prepareTimerMs\":100,\"primeSuccess\":true,"
                + "\"primeTimerMs\":100,\"review\":true,\"reviewTimerMs\":100,\"rollback\":true,"
                + "\"rollbackTimerMs\":100,\"undeploySuccess\":true,\"undeployTimerMs\":1000,\"unlockSuccess\":true,"
                + "\"unlockTimerMs\":100,\"updateSuccess\":true,\"updateTimerMs\":100}",
                JSONB.toJson(new SimConfig()));
    }

    @Test
    void eachOperationsFlagAndTimerAreItsOwn() {
        for (SimOperation operation : SimOperation.values()) {
            SimConfig config = SimConfigParser.parse("{\"" + operation.flagName() + "\": false, \""
                    + operation.timerName() + "\": 7}");
            for (SimOperation other : SimOperation.values()) {
                OperationSetting expected = other == operation ? new OperationSetting(false, 7)
                        : new SimConfig().setting(other);
                assertEquals(expected, config.setting(other), operation + " set, " + other + " read");
                assertEquals(expected, config.copy().setting(other), "copied");
            }
        }
    }
}
