package dev.acmr.simulator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SimConfigParserTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** What GET /parameters writes: JSON-B, as the container's JAX-RS provider does. */
    private static JsonObject asJson(SimConfig config) {
        return Json.createReader(new StringReader(JSONB.toJson(config))).readObject();
    }

    @Test
    void defaultsAreOnaps() {
        SimConfig config = new SimConfig();
        assertTrue(config.isDeploySuccess() && config.isPrimeSuccess() && config.isMigratePrecheck());
        assertEquals(1000, config.getDeployTimerMs());
        assertEquals(1000, config.getUndeployTimerMs());
        assertEquals(100, config.getLockTimerMs());
        assertEquals(100, config.getReviewTimerMs());
    }

    @Test
    void getJsonHasExactlyOnapsFields() {
        JsonObject json = asJson(new SimConfig());
        assertEquals(SimConfigParser.fieldNames(), json.keySet());
        assertEquals(26, json.size());
        assertTrue(json.getBoolean("rollback"));
        assertEquals(100, json.getInt("rollbackTimerMs"));
        assertEquals(1000, json.getInt("deployTimerMs"));
        assertTrue(json.getBoolean("review"));
    }

    @Test
    void roundTripsThroughItsOwnJson() {
        SimConfig changed = new SimConfig();
        changed.setDeploySuccess(false);
        changed.setPrepare(false);
        changed.setMigrateTimerMs(0);
        changed.setDeprimeTimerMs(2500);
        SimConfig parsed = SimConfigParser.parse(asJson(changed).toString());
        assertEquals(asJson(changed), asJson(parsed));
    }

    @Test
    void fieldsLeftOutKeepDefaults() {
        SimConfig config = SimConfigParser.parse("{\"deploySuccess\": false, \"lockTimerMs\": 5}");
        assertFalse(config.isDeploySuccess());
        assertEquals(5, config.getLockTimerMs());
        assertTrue(config.isUndeploySuccess());
        assertEquals(1000, config.getDeployTimerMs());
    }

    @Test
    void unknownFieldsAreIgnoredAsOnapsSimulatorDoes() {
        SimConfig config = SimConfigParser.parse("{\"deploySucess\": false, \"futureFlag\": {\"x\": 1},"
                + " \"lockTimerMs\": 7}");
        assertEquals(asJson(withLockTimer(7)), asJson(config));
    }

    private static SimConfig withLockTimer(int millis) {
        SimConfig config = new SimConfig();
        config.setLockTimerMs(millis);
        return config;
    }

    @Test
    void rollbackAndItsTimerAreRead() {
        SimConfig config = SimConfigParser.parse("{\"rollback\": false, \"rollbackTimerMs\": 2500}");
        assertFalse(config.isRollback());
        assertEquals(2500, config.getRollbackTimerMs());
        assertFalse(config.copy().isRollback(), "copied too");
        assertEquals(2500, config.copy().getRollbackTimerMs());
    }

    @Test
    void negativeOrFractionalTimerIsRefused() {
        InvalidSimConfigException negative = assertThrows(InvalidSimConfigException.class,
                () -> SimConfigParser.parse("{\"deployTimerMs\": -1}"));
        assertTrue(negative.getMessage().contains("deployTimerMs"), negative.getMessage());
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"deployTimerMs\": 1.5}"));
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"deployTimerMs\": 1e12}"));
    }

    @Test
    void wrongTypesAreRefused() {
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"deploySuccess\": \"yes\"}"));
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"lockTimerMs\": \"5\"}"));
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"review\": null}"));
    }

    @Test
    void notAnObjectIsRefused() {
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse(""));
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("[]"));
        assertThrows(InvalidSimConfigException.class, () -> SimConfigParser.parse("{\"deploySuccess\": tru"));
    }

    @Test
    void holderHandsOutCopies() {
        SimConfigHolder holder = new SimConfigHolder();
        holder.get().setDeploySuccess(false);
        assertTrue(holder.get().isDeploySuccess());
        SimConfig config = new SimConfig();
        config.setLockSuccess(false);
        holder.set(config);
        config.setLockSuccess(true);
        assertFalse(holder.get().isLockSuccess());
    }
}
