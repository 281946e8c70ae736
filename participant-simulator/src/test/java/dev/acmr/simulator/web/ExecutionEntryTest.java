package dev.acmr.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.acmr.simulator.element.Execution;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionEntryTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void compositionCallShowsOnlyTheIdsItHasWithTimestampAndReplica() {
        UUID composition = UUID.randomUUID();
        UUID replica = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-24T20:00:00.123Z");
        JsonObject json = Json.createReader(new StringReader(JSONB.toJson(ExecutionEntry.of(
                new Execution(at, "prime", composition, null, null, null), replica)))).readObject();
        assertEquals("prime", json.getString("operation"));
        assertEquals(composition.toString(), json.getString("compositionId"));
        assertEquals(replica.toString(), json.getString("replicaId"));
        assertEquals(at, Instant.parse(json.getString("timestamp")));
        assertFalse(json.containsKey("instanceId"));
        assertFalse(json.containsKey("elementId"));
        assertFalse(json.containsKey("stage"));
    }
}
