package dev.acmr.runtime.web.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.application.CommissioningResult;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompositionDefinitionMapperTest {

    private static final CompositionId ID = new CompositionId(UUID.fromString("6c6e5b3a-0000-4000-8000-00000000000a"));
    private static final String TEMPLATE_JSON = "{\"name\":\"SimComposition\",\"version\":\"1.0.0\","
            + "\"metadata\":{\"primeTimeoutMs\":20000,\"compositionId\":\"6c6e5b3a-0000-4000-8000-00000000000a\"},"
            + "\"topology_template\":{\"node_templates\":{}},\"note\":null}";
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";

    private static Jsonb jsonb;

    private final CompositionDefinitionMapper mapper = new CompositionDefinitionMapper();

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void producesOnapsDefinitionShapeWithElementsByName() {
        CompositionDefinition definition = definition();
        definition.elements().get(0).bindTo(new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03")));
        UUID bridge = definition.elements().get(0).nodeTemplateStateId();
        UUID starter = definition.elements().get(1).nodeTemplateStateId();

        String json = jsonb.toJson(mapper.toDefinition(definition));

        assertEquals("{\"compositionId\":\"6c6e5b3a-0000-4000-8000-00000000000a\",\"serviceTemplate\":" + TEMPLATE_JSON
                + ",\"state\":\"COMMISSIONED\",\"stateChangeResult\":\"NO_ERROR\",\"lastMsg\":\"2026-11-24 20:00:00.123\","
                + "\"elementStateMap\":{\"Bridge\":{\"nodeTemplateStateId\":\"" + bridge + "\","
                + "\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c03\","
                + "\"nodeTemplateId\":{\"name\":\"Bridge\",\"version\":\"1.2.3\"},\"state\":\"COMMISSIONED\","
                + "\"message\":null,\"outProperties\":{}},"
                + "\"Starter\":{\"nodeTemplateStateId\":\"" + starter + "\",\"participantId\":null,"
                + "\"nodeTemplateId\":{\"name\":\"Starter\",\"version\":\"1.2.3\"},\"state\":\"COMMISSIONED\","
                + "\"message\":null,\"outProperties\":{}}},\"revisionId\":\"" + definition.revisionId() + "\"}", json);
    }

    @Test
    void producesOnapsCommissioningResponse() {
        CommissioningResult result = new CommissioningResult(ID, List.of(new ToscaIdentifier("Bridge", "1.2.3")),
                CommissioningResult.Outcome.CREATED);

        assertEquals("{\"compositionId\":\"6c6e5b3a-0000-4000-8000-00000000000a\","
                + "\"affectedAutomationCompositionDefinitions\":[{\"name\":\"Bridge\",\"version\":\"1.2.3\"}]}",
                jsonb.toJson(mapper.toResponse(result)));
    }

    @Test
    void listsTheStoredTemplatesAsTheyAre() {
        assertEquals("{\"service_templates\":[" + TEMPLATE_JSON + "]}",
                jsonb.toJson(mapper.toServiceTemplates(List.of(definition()))));
    }

    @Test
    void theRevisionIdIsNewWithEveryRevisionAndTheSameOnEveryNode() {
        CompositionDefinition definition = definition();
        UUID first = mapper.toDefinition(definition).revisionId();

        assertEquals(first, mapper.toDefinition(definition()).revisionId(), "derived from the stored revision");
        definition.startOrder(dev.acmr.runtime.composition.domain.PrimeOrder.PRIME, Instant.now(),
                Instant.now().plusSeconds(10));
        org.junit.jupiter.api.Assertions.assertNotEquals(first, mapper.toDefinition(definition).revisionId());
    }

    private static CompositionDefinition definition() {
        return new CompositionDefinition(ID, new ToscaIdentifier("SimComposition", "1.0.0"), TEMPLATE_JSON,
                List.of(new ElementTemplate("Starter", "1.2.3", TYPE, "1.0.0", "{}"),
                        new ElementTemplate("Bridge", "1.2.3", TYPE, "1.0.0", "{}")),
                Instant.parse("2026-11-24T20:00:00.123456Z"));
    }
}
