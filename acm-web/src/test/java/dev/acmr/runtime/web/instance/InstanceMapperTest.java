package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.RetryScope;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.web.common.AutomationCompositionElementDto;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceMapperTest {

    private static final UUID INSTANCE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID COMPOSITION = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID ELEMENT = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID PARTICIPANT = UUID.fromString("00000000-0000-0000-0000-000000000004");

    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(INSTANCE,
            new CompositionId(COMPOSITION), new ToscaIdentifier("demo", "1.0.0"), "an instance",
            List.of(new NewInstanceElement(ELEMENT, new ToscaIdentifier("starter", "1.2.3"),
                    new ParticipantId(PARTICIPANT), 0, "the starter", Map.of("baseUrl", "v1"))),
            Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void mapsAnInstanceAsOnap() {
        AutomationCompositionDto dto = new InstanceMapper().toInstance(instance);
        assertEquals(INSTANCE, dto.instanceId());
        assertEquals(COMPOSITION, dto.compositionId());
        assertEquals("UNDEPLOYED", dto.deployState());
        assertEquals("NONE", dto.lockState());
        assertEquals("NONE", dto.subState());
        assertEquals("NO_ERROR", dto.stateChangeResult());
        assertNull(dto.phase());
        AutomationCompositionElementDto element = dto.elements().get(ELEMENT.toString());
        assertEquals(PARTICIPANT, element.participantId());
        assertEquals("starter", element.definition().name());
        assertEquals(Map.of("baseUrl", "v1"), element.properties());
        assertEquals(Map.of(), element.outProperties());
    }

    @Test
    void writesTheJsonShape() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(new InstanceMapper().toInstance(instance));
            String expectedStart = "{\"name\":\"demo\",\"version\":\"1.0.0\",\"description\":\"an instance\","
                    + "\"instanceId\":\"" + INSTANCE + "\",\"compositionId\":\"" + COMPOSITION + "\","
                    + "\"compositionTargetId\":null,\"precheck\":null,"
                    + "\"deployState\":\"UNDEPLOYED\",\"lockState\":\"NONE\",\"subState\":\"NONE\","
                    + "\"stateChangeResult\":\"NO_ERROR\",\"phase\":null,\"lastMsg\":\"2026-01-02 03:04:05.0\","
                    + "\"revisionId\":\"" + instance.revisionId() + "\",\"elements\":{\"" + ELEMENT + "\":{"
                    + "\"id\":\"" + ELEMENT + "\",\"definition\":{\"name\":\"starter\",\"version\":\"1.2.3\"},"
                    + "\"participantId\":\"" + PARTICIPANT + "\",\"deployState\":\"UNDEPLOYED\","
                    + "\"lockState\":\"NONE\",\"subState\":\"NONE\",\"migrationState\":\"DEFAULT\","
                    + "\"stage\":null,";
            assertEquals(expectedStart, json.substring(0, expectedStart.length()), json);
        }
    }

    @Test
    void showsPrecheckOnlyWhileAMigratePrecheckRuns() {
        deploy();
        assertNull(new InstanceMapper().toInstance(instance).precheck());
        start(InstanceOrder.MIGRATE_PRECHECK);
        AutomationCompositionDto dto = new InstanceMapper().toInstance(instance);
        assertEquals(Boolean.TRUE, dto.precheck());
        assertEquals("MIGRATION_PRECHECKING", dto.subState());
    }

    @Test
    void showsTheTargetAndTheMigrationStatesOfAMigration() {
        deploy();
        UUID target = UUID.fromString("00000000-0000-0000-0000-000000000005");
        UUID added = UUID.fromString("00000000-0000-0000-0000-000000000006");
        instance.migration().migrate(new CompositionId(target), List.of(), List.of(new NewInstanceElement(added,
                new ToscaIdentifier("new", "1.2.4"), new ParticipantId(PARTICIPANT), 0, null, Map.of())),
                Set.of(ELEMENT), Instant.parse("2026-01-02T03:04:06Z"));
        AutomationCompositionDto dto = new InstanceMapper().toInstance(instance);
        assertEquals(target, dto.compositionTargetId());
        assertEquals(COMPOSITION, dto.compositionId());
        assertEquals("REMOVED", dto.elements().get(ELEMENT.toString()).migrationState());
        assertEquals("NEW", dto.elements().get(added.toString()).migrationState());
    }

    private void deploy() {
        start(InstanceOrder.DEPLOY);
        instance.elements().forEach(element -> instance.outcomes().elementFinished(element, null, Instant.now()));
        instance.complete(Instant.now());
    }

    private void start(InstanceOrder order) {
        InstanceStatus status = instance.status();
        instance.startOrder(order, OrderEffect.of(order, status),
                RetryScope.targets(order, status, instance.elements().statuses()), Instant.now(),
                Instant.now().plusSeconds(60));
    }

    @Test
    void answersTheInstantiationResponse() {
        InstantiationResponse response = new InstanceMapper().toResponse(instance);
        assertEquals(INSTANCE, response.instanceId());
        assertEquals("demo", response.affectedAutomationComposition().name());
        assertEquals("1.0.0", response.affectedAutomationComposition().version());
    }
}
