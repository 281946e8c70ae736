package dev.acmr.runtime.web.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.monitoring.ParticipantElements;
import dev.acmr.runtime.participant.application.ParticipantOverview;
import dev.acmr.runtime.participant.domain.ElementType;
import dev.acmr.runtime.participant.domain.Participant;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaId;
import dev.acmr.runtime.participant.domain.SupportedElementTypeId;
import dev.acmr.runtime.participant.repository.ParticipantHoldingsRepository.Holdings;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParticipantInformationMapperTest {

    private static final ParticipantId PARTICIPANT_ID =
            new ParticipantId(UUID.fromString("101c62b3-8918-41b9-a747-d21eb79c6c03"));
    private static final ElementType SIM =
            new ElementType("org.onap.policy.clamp.acm.SimAutomationCompositionElement", "1.0.0");
    private static final ReplicaId OLDER = new ReplicaId(UUID.fromString("ffffffff-0000-0000-0000-000000000001"));
    private static final ReplicaId NEWER = new ReplicaId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    private static final Instant REGISTERED = Instant.parse("2026-11-24T20:00:00.100Z");

    private static final ParticipantElements NOTHING = new ParticipantElements(List.of(), List.of());

    private static Jsonb jsonb;

    private final ParticipantInformationMapper mapper = new ParticipantInformationMapper();

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void producesOnapsShapeInAFixedOrder() {
        Participant participant = new Participant(PARTICIPANT_ID);
        participant.supportElementType(SIM);
        participant.replicaHeard(OLDER, REGISTERED);
        participant.replicaHeard(OLDER, Instant.parse("2026-11-24T20:01:02.345678Z"));
        String typeId = SupportedElementTypeId.of(PARTICIPANT_ID, SIM).toString();

        String json = jsonb.toJson(mapper.toInformation(overview(participant), NOTHING));

        assertEquals("{\"participant\":{\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c03\","
                + "\"participantSupportedElementTypes\":{\"" + typeId + "\":{\"id\":\"" + typeId + "\","
                + "\"typeName\":\"org.onap.policy.clamp.acm.SimAutomationCompositionElement\",\"typeVersion\":\"1.0.0\"}},"
                + "\"replicas\":{\"ffffffff-0000-0000-0000-000000000001\":{\"replicaId\":"
                + "\"ffffffff-0000-0000-0000-000000000001\",\"participantState\":\"ON_LINE\","
                + "\"lastMsg\":\"2026-11-24 20:01:02.345\",\"synced\":true,\"drained\":false,"
                + "\"selectable\":true,\"inFlight\":0,\"heldCount\":0,\"appliedRevision\":0,\"revision\":0,"
                + "\"lag\":0}}},"
                + "\"acNodeTemplateStateDefinitionMap\":{},\"acElementInstanceMap\":{}}", json);
    }

    @Test
    void listsReplicasByRegistrationTimeNotById() {
        Participant participant = new Participant(PARTICIPANT_ID);
        participant.replicaHeard(NEWER, REGISTERED.plusSeconds(1));
        participant.replicaHeard(OLDER, REGISTERED);

        ParticipantInformation information = mapper.toInformation(overview(participant), NOTHING);

        assertEquals(List.of(OLDER.toString(), NEWER.toString()),
                List.copyOf(information.participant().replicas().keySet()));
    }

    @Test
    void keysSupportedTypesByTheirDerivedIdInNameAndVersionOrder() {
        Participant participant = new Participant(PARTICIPANT_ID);
        ElementType newer = new ElementType(SIM.name(), "2.0.0");
        ElementType other = new ElementType("org.onap.policy.clamp.acm.HttpAutomationCompositionElement", "1.0.0");
        participant.supportElementType(newer);
        participant.supportElementType(SIM);
        participant.supportElementType(other);

        ParticipantInformation information = mapper.toInformation(overview(participant), NOTHING);

        assertEquals(List.of(SupportedElementTypeId.of(PARTICIPANT_ID, other).toString(),
                        SupportedElementTypeId.of(PARTICIPANT_ID, SIM).toString(),
                        SupportedElementTypeId.of(PARTICIPANT_ID, newer).toString()),
                List.copyOf(information.participant().participantSupportedElementTypes().keySet()));
    }

    @Test
    void aParticipantWithoutReplicasHasAnEmptyReplicaMap() {
        String json = jsonb.toJson(mapper.toInformation(overview(new Participant(PARTICIPANT_ID)), NOTHING));

        assertEquals("{\"participant\":{\"participantId\":\"101c62b3-8918-41b9-a747-d21eb79c6c03\","
                + "\"participantSupportedElementTypes\":{},\"replicas\":{}},"
                + "\"acNodeTemplateStateDefinitionMap\":{},\"acElementInstanceMap\":{}}", json);
    }

    @Test
    void keepsTheOrderOfTheListItIsGiven() {
        Participant second = new Participant(new ParticipantId(UUID.fromString("f0000000-0000-0000-0000-000000000000")));
        Participant first = new Participant(PARTICIPANT_ID);

        List<ParticipantInformation> list = mapper.toInformation(List.of(overview(first), overview(second)), participant -> NOTHING);

        assertEquals(List.of(first.id().value(), second.id().value()),
                list.stream().map(information -> information.participant().participantId()).toList());
    }

    @Test
    void listsTheCompositionElementsBoundToTheParticipantAndTheInstanceElementsItRuns() {
        CompositionDefinition definition = new CompositionDefinition(CompositionId.random(),
                new ToscaIdentifier("Simple", "1.0.0"), "{}", List.of(new ElementTemplate("Starter", "1.2.3",
                        SIM.name(), SIM.version(), "{\"startPhase\":0}")), REGISTERED);
        CompositionElement bound = definition.elements().get(0);
        bound.bindTo(PARTICIPANT_ID);
        UUID elementId = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        InstanceElement running = new AutomationCompositionInstance(UUID.randomUUID(), definition.id(),
                new ToscaIdentifier("inst", "1.0.0"), null, List.of(new NewInstanceElement(elementId,
                        bound.definition(), PARTICIPANT_ID, 0, null, Map.of("a", 1L))), REGISTERED).elements().get(0);

        ParticipantInformation information = mapper.toInformation(overview(new Participant(PARTICIPANT_ID)),
                new ParticipantElements(List.of(bound), List.of(running)));

        assertEquals(List.of(bound.nodeTemplateStateId().toString()),
                List.copyOf(information.acNodeTemplateStateDefinitionMap().keySet()));
        assertEquals("Starter", information.acNodeTemplateStateDefinitionMap()
                .get(bound.nodeTemplateStateId().toString()).nodeTemplateId().name());
        assertEquals(PARTICIPANT_ID.value(), information.acNodeTemplateStateDefinitionMap()
                .get(bound.nodeTemplateStateId().toString()).participantId());
        assertEquals(List.of(elementId.toString()), List.copyOf(information.acElementInstanceMap().keySet()));
        assertEquals(Map.of("a", 1L), information.acElementInstanceMap().get(elementId.toString()).properties());
        assertEquals("DEFAULT", information.acElementInstanceMap().get(elementId.toString()).migrationState());
    }

    private static ParticipantOverview overview(Participant participant) {
        return new ParticipantOverview(participant, new Holdings(0, 0), Set.of(), Map.of());
    }
}
