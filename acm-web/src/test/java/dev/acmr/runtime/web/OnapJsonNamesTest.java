package dev.acmr.runtime.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.application.CommissioningResult;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.monitoring.ParticipantElements;
import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.repository.ParticipantHoldingsRepository.Holdings;
import dev.acmr.runtime.web.composition.CompositionDefinitionMapper;
import dev.acmr.runtime.web.instance.InstanceMapper;
import dev.acmr.runtime.web.participant.CompositionDtoMapper;
import dev.acmr.runtime.web.participant.ParticipantInformationMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer's JSON names are ONAP's, as its model classes (policy-clamp models and policy-models' TOSCA concepts)
 * write them. Fields ONAP leaves out when null are written here as null; the names are the same.
 */
class OnapJsonNamesTest {

    private static final ParticipantId PARTICIPANT = new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c90"));
    private static final Instant NOW = Instant.parse("2026-11-24T20:00:00.123Z");

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void compositionAnswers() {
        CompositionDefinition definition = definition();
        CompositionDefinitionMapper mapper = new CompositionDefinitionMapper();

        assertEquals(Set.of("service_templates"), names(mapper.toServiceTemplates(List.of(definition))));
        JsonObject shown = json(mapper.toDefinition(definition));
        assertEquals(Set.of("compositionId", "serviceTemplate", "state", "stateChangeResult", "lastMsg",
                "elementStateMap", "revisionId"), shown.keySet());
        assertEquals(Set.of("nodeTemplateStateId", "participantId", "nodeTemplateId", "state", "message",
                "outProperties"), shown.getJsonObject("elementStateMap").getJsonObject("Starter").keySet());
        assertEquals(Set.of("name", "version"), shown.getJsonObject("elementStateMap").getJsonObject("Starter")
                .getJsonObject("nodeTemplateId").keySet());
        assertEquals(Set.of("compositionId", "affectedAutomationCompositionDefinitions"), names(mapper.toResponse(
                new CommissioningResult(definition.id(), definition.elementDefinitions(),
                        CommissioningResult.Outcome.CREATED))));
    }

    @Test
    void theStoredTemplateKeepsToscasSnakeCaseNames() {
        JsonObject template = json(new CompositionDefinitionMapper().toServiceTemplates(List.of(definition())))
                .getJsonArray("service_templates").getJsonObject(0);

        assertEquals(Set.of("tosca_definitions_version", "name", "version", "data_types", "node_types",
                "topology_template", "metadata"), template.keySet());
        assertEquals(Set.of("node_templates"), template.getJsonObject("topology_template").keySet());
    }

    @Test
    void instanceAnswers() {
        InstanceMapper mapper = new InstanceMapper();
        AutomationCompositionInstance instance = instance();

        JsonObject shown = json(mapper.toInstance(instance));
        assertEquals(Set.of("name", "version", "description", "instanceId", "compositionId", "compositionTargetId",
                "precheck", "deployState", "lockState", "lastMsg", "phase", "subState", "elements",
                "stateChangeResult", "revisionId"), shown.keySet());
        assertEquals(ELEMENT_NAMES, shown.getJsonObject("elements").getJsonObject(ELEMENT.toString()).keySet());
        assertEquals(Set.of("automationCompositionList"), names(mapper.toList(List.of(instance))));
        assertEquals(Set.of("instanceId", "affectedAutomationComposition"), names(mapper.toResponse(instance)));
    }

    @Test
    void participantAnswers() {
        Participant participant = new Participant(PARTICIPANT);
        participant.replicaHeard(new ReplicaId(UUID.randomUUID()), NOW);
        CompositionDefinition definition = definition();
        definition.elements().forEach(element -> element.bindTo(PARTICIPANT));

        JsonObject shown = json(new ParticipantInformationMapper().toInformation(
                new ParticipantOverview(participant, new Holdings(0, 0), Set.of(), Map.of()),
                new ParticipantElements(definition.elements(), instance().elements())));

        assertEquals(Set.of("participant", "acNodeTemplateStateDefinitionMap", "acElementInstanceMap"), shown.keySet());
        assertEquals(Set.of("participantId", "participantSupportedElementTypes", "replicas"),
                shown.getJsonObject("participant").keySet());
        JsonObject replica = shown.getJsonObject("participant").getJsonObject("replicas").values().iterator().next()
                .asJsonObject();
        assertEquals(true, replica.keySet().containsAll(Set.of("replicaId", "participantState", "lastMsg")));
        assertEquals(Set.of("nodeTemplateStateId", "participantId", "nodeTemplateId", "state", "message",
                "outProperties"), shown.getJsonObject("acNodeTemplateStateDefinitionMap").values().iterator().next()
                .asJsonObject().keySet());
        assertEquals(ELEMENT_NAMES, shown.getJsonObject("acElementInstanceMap").getJsonObject(ELEMENT.toString())
                .keySet());
    }

    @Test
    void aParticipantsCompositions() {
        CompositionDefinition definition = definition();
        definition.elements().forEach(element -> element.bindTo(PARTICIPANT));
        CompositionDtoMapper mapper = new CompositionDtoMapper();

        JsonObject shown = json(mapper.toDto(PARTICIPANT, definition));

        assertEquals(Set.of("compositionId", "inPropertiesMap", "outPropertiesMap"), shown.keySet());
        assertEquals(new TreeSet<>(Set.of("Bridge 1.2.3", "Starter 1.2.3")),
                new TreeSet<>(shown.getJsonObject("inPropertiesMap").keySet()), "ONAP keys by \"name version\"");
        assertEquals(Json.createObjectBuilder().add("startPhase", 1).build(),
                shown.getJsonObject("inPropertiesMap").getJsonObject("Bridge 1.2.3"));
        assertEquals(Set.of("compositions"), names(mapper.toDtos(PARTICIPANT, List.of(definition))));
        assertEquals(Set.of(), json(mapper.toDto(new ParticipantId(UUID.randomUUID()), definition))
                .getJsonObject("inPropertiesMap").keySet(), "a participant that takes no part sees no element");
    }

    private static final UUID ELEMENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final Set<String> ELEMENT_NAMES = Set.of("id", "definition", "participantId", "deployState",
            "lockState", "subState", "migrationState", "stage", "operationalState", "useState", "description",
            "message", "properties", "outProperties");

    private static AutomationCompositionInstance instance() {
        return new AutomationCompositionInstance(UUID.randomUUID(), CompositionId.random(),
                new ToscaIdentifier("inst", "1.0.0"), null, List.of(new NewInstanceElement(ELEMENT,
                        new ToscaIdentifier("Starter", "1.2.3"), PARTICIPANT, 0, null, Map.of())), NOW);
    }

    private static CompositionDefinition definition() {
        String template = "{\"tosca_definitions_version\":\"tosca_simple_yaml_1_3\",\"name\":\"Simple\","
                + "\"version\":\"1.0.0\",\"data_types\":{},\"node_types\":{},"
                + "\"topology_template\":{\"node_templates\":{}},\"metadata\":{}}";
        String type = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
        return new CompositionDefinition(CompositionId.random(), new ToscaIdentifier("Simple", "1.0.0"), template,
                List.of(new ElementTemplate("Starter", "1.2.3", type, "1.0.0", "{\"startPhase\":0}"),
                        new ElementTemplate("Bridge", "1.2.3", type, "1.0.0", "{\"startPhase\":1}")), NOW);
    }

    private static Set<String> names(Object answer) {
        return json(answer).keySet();
    }

    private static JsonObject json(Object answer) {
        return Json.createReader(new StringReader(jsonb.toJson(answer))).readObject();
    }
}
