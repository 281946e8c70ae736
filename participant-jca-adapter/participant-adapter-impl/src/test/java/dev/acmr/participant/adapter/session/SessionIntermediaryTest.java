package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.participant.adapter.view.CompositionFixtures;
import dev.acmr.participant.adapter.view.InstanceFixtures;
import dev.acmr.participant.api.ElementStageDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.ParticipantIntermediaryApi;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every method of ONAP's intermediary API on a replica whose view was filled by the runtime's syncs only: the reads
 * answer what the syncs said (which is what makes them the same on every replica), with ONAP's null / empty /
 * NOT_PRESENT conventions, and the reports go out as protocol messages and change the view at once.
 */
class SessionIntermediaryTest {

    private static final ToscaConceptIdentifier A = new ToscaConceptIdentifier("a", "1.2.3");
    private static final ToscaConceptIdentifier B = new ToscaConceptIdentifier("b", "1.0.0");

    private final FakeChannel channel = new FakeChannel();
    private final ParticipantSession session = new ParticipantSession(SETTINGS, channel, Duration.ofMillis(1),
            Runnable::run, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), UUID::randomUUID);
    private final ParticipantIntermediaryApi api = new SessionIntermediary() {
        @Override
        protected Optional<ParticipantSession> session() {
            return Optional.of(session);
        }
    };
    private final UUID instance = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void syncedByTheRuntime() {
        session.requestConnect();
        session.onMessage(CompositionFixtures.sync(COMPOSITION, 4, CompositionState.PRIMED,
                CompositionFixtures.twoElements()));
        session.onMessage(InstanceFixtures.sync(instance, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        session.onMessage(InstanceFixtures.sync(other, 6, ElementDeployState.UNDEPLOYED, ElementLockState.NONE));
    }

    @Test
    void instancesAreReadFromTheSyncedViewWithTheirElementsAndStates() {
        Map<UUID, AutomationComposition> all = api.getAutomationCompositions();
        assertEquals(Set.of(instance, other), all.keySet());
        AutomationComposition deployed = api.getAutomationComposition(instance);
        assertEquals(all.get(instance), deployed);
        assertEquals(COMPOSITION, deployed.getCompositionId());
        assertEquals("inst", deployed.getName());
        assertEquals("1.0.1", deployed.getVersion());
        assertEquals(DeployState.DEPLOYED, deployed.getDeployState());
        assertEquals(LockState.LOCKED, deployed.getLockState());
        AutomationCompositionElement e1 = deployed.getElements().get(E1);
        assertEquals(new ToscaConceptIdentifier("sim1", "1.0.0"), e1.getDefinition());
        assertEquals(PARTICIPANT, e1.getParticipantId());
        assertEquals(DeployState.DEPLOYED, e1.getDeployState());
        assertEquals(LockState.LOCKED, e1.getLockState());
        assertEquals(Map.of("url", "http://one"), e1.getProperties());
        assertEquals(Map.of("InternalState", "old"), e1.getOutProperties());
        assertNull(api.getAutomationComposition(UUID.randomUUID()));
    }

    @Test
    void findFiltersByEveryNonEmptyList() {
        assertEquals(2, api.findAutomationCompositions(List.of(), List.of(), List.of()).size());
        assertEquals(List.of(other), ids(api.findAutomationCompositions(List.of(),
                List.of(DeployState.UNDEPLOYED), List.of())));
        assertEquals(List.of(instance), ids(api.findAutomationCompositions(List.of(instance), List.of(),
                List.of(StateChangeResult.NO_ERROR))));
        assertTrue(api.findAutomationCompositions(List.of(instance), List.of(DeployState.UNDEPLOYED), List.of())
                .isEmpty());
        assertTrue(api.findAutomationCompositions(List.of(), List.of(), List.of(StateChangeResult.FAILED))
                .isEmpty());
    }

    @Test
    void elementsAreReadAsModelOrDtoAndNotFoundFollowsOnapConventions() {
        assertEquals(E2, api.getAutomationCompositionElement(instance, E2).getId());
        assertNull(api.getAutomationCompositionElement(instance, UUID.randomUUID()));
        assertNull(api.getAutomationCompositionElement(UUID.randomUUID(), E1));

        assertEquals(new InstanceElementDto(instance, E1, Map.of("url", "http://one"), Map.of("InternalState", "old"),
                ElementState.PRESENT), api.getInstanceElementDto(instance, E1));
        UUID missing = UUID.randomUUID();
        InstanceElementDto notPresent = api.getInstanceElementDto(instance, missing);
        assertEquals(new InstanceElementDto(instance, missing, Map.of(), Map.of(), ElementState.NOT_PRESENT),
                notPresent);
    }

    @Test
    void compositionsAndTheirElementDefinitionsAreReadFromTheSyncedView() {
        List<CompositionDto> compositions = api.findCompositions();
        assertEquals(1, compositions.size());
        CompositionDto composition = api.getComposition(COMPOSITION);
        assertEquals(compositions.get(0), composition);
        assertEquals(Map.of("url", "http://x", "port", 80), composition.inPropertiesMap().get(A));
        assertEquals("yes", composition.outPropertiesMap().get(A).get("kept"));
        assertNull(api.getComposition(UUID.randomUUID()));

        Map<ToscaConceptIdentifier, AutomationCompositionElementDefinition> definitions =
                api.getAcElementsDefinitions(COMPOSITION);
        assertEquals(Set.of(A, B), definitions.keySet());
        assertEquals(Map.of(COMPOSITION, definitions), api.getAcElementsDefinitions());
        AutomationCompositionElementDefinition a = api.getAcElementDefinition(COMPOSITION, A);
        assertEquals(A, a.getAcElementDefinitionId());
        assertEquals("a", a.getAutomationCompositionElementToscaNodeTemplate().getName());
        assertEquals(CompositionFixtures.TYPE, a.getAutomationCompositionElementToscaNodeTemplate().getType());
        assertEquals(Map.of("url", "http://x", "port", 80),
                a.getAutomationCompositionElementToscaNodeTemplate().getProperties());
        assertEquals("yes", a.getOutProperties().get("kept"));
        assertTrue(api.getAcElementsDefinitions(UUID.randomUUID()).isEmpty());
        assertNull(api.getAcElementDefinition(COMPOSITION, new ToscaConceptIdentifier("a", "9")));

        CompositionElementDto element = api.getCompositionElementDto(COMPOSITION, A);
        assertEquals(ElementState.PRESENT, element.state());
        assertEquals(Map.of("url", "http://x", "port", 80), element.inProperties());
        ToscaConceptIdentifier unknown = new ToscaConceptIdentifier("z", "1");
        assertEquals(new CompositionElementDto(COMPOSITION, unknown, Map.of(), Map.of(), ElementState.NOT_PRESENT),
                api.getCompositionElementDto(COMPOSITION, unknown));
    }

    @Test
    void whatIsReadIsACopyTheParticipantMayWriteInto() {
        api.getAutomationComposition(instance).getElements().get(E1).getOutProperties().put("x", 1);
        api.getComposition(COMPOSITION).outPropertiesMap().get(A).put("x", 1);
        api.getAcElementDefinition(COMPOSITION, A).getAutomationCompositionElementToscaNodeTemplate()
                .getProperties().put("x", 1);
        api.getCompositionElementDto(COMPOSITION, A).inProperties().put("x", 1);
        assertFalse(api.getInstanceElementDto(instance, E1).outProperties().containsKey("x"));
        assertFalse(api.getComposition(COMPOSITION).outPropertiesMap().get(A).containsKey("x"));
        assertFalse(api.getComposition(COMPOSITION).inPropertiesMap().get(A).containsKey("x"));
    }

    @Test
    void stateReportsGoOutAndChangeTheView() {
        api.updateAutomationCompositionElementState(instance, E1, DeployState.UNDEPLOYED, null,
                StateChangeResult.NO_ERROR, "Undeployed");
        InstanceElementAck ack = assertInstanceOf(InstanceElementAck.class, channel.last());
        assertEquals(ElementDeployState.UNDEPLOYED, ack.deployState());
        assertEquals(DeployState.UNDEPLOYED, api.getAutomationCompositionElement(instance, E1).getDeployState());

        api.updateAutomationCompositionElementState(ElementStateDto.builder().instance(instance).elementId(E2)
                .lockState(LockState.UNLOCKED).stateChangeResult(StateChangeResult.NO_ERROR).message("Unlocked")
                .outProperties(Map.of("InternalState", "UNLOCKED")).build());
        ack = assertInstanceOf(InstanceElementAck.class, channel.last());
        assertEquals(ElementLockState.UNLOCKED, ack.lockState());
        assertEquals(Map.of("InternalState", "UNLOCKED"), ack.outProperties());
        assertEquals(Map.of("InternalState", "UNLOCKED"), api.getInstanceElementDto(instance, E2).outProperties());
    }

    @Test
    void deleteReportsDeletedAndTheElementLeavesTheView() {
        api.deleteAutomationCompositionElementState(other, E1);
        InstanceElementAck ack = assertInstanceOf(InstanceElementAck.class, channel.last());
        assertEquals(ElementDeployState.DELETED, ack.deployState());
        assertEquals(OperationResult.NO_ERROR, ack.result());
        assertEquals("Deleted", ack.message());
        assertNull(api.getAutomationCompositionElement(other, E1));
        api.deleteAutomationCompositionElementState(other, E2);
        assertNull(api.getAutomationComposition(other), "the instance goes with its last element");
    }

    @Test
    void elementAndDefinitionInfoGoOutAndChangeTheView() {
        api.sendAcElementInfo(instance, E1, "IDLE", "ENABLED", Map.of("InternalState", "DEPLOYING"));
        InstanceElementInfo info = assertInstanceOf(InstanceElementInfo.class, channel.last());
        assertEquals("IDLE", info.useState());
        AutomationCompositionElement e1 = api.getAutomationCompositionElement(instance, E1);
        assertEquals("ENABLED", e1.getOperationalState());
        assertEquals(Map.of("InternalState", "DEPLOYING"), e1.getOutProperties());

        api.sendAcDefinitionInfo(COMPOSITION, B, Map.of("InternalState", "PRIMED"));
        ParticipantDefinitionInfo definitionInfo = assertInstanceOf(ParticipantDefinitionInfo.class, channel.last());
        assertEquals("b", definitionInfo.elementName());
        assertEquals(Map.of("InternalState", "PRIMED"), api.getAcElementDefinition(COMPOSITION, B).getOutProperties());
        assertThrows(IllegalArgumentException.class, () -> api.sendAcElementInfo(UUID.randomUUID(), E1, null, null,
                Map.of()));
    }

    @Test
    void compositionStateCarriesOutPropertiesToTheRuntimeAndTheView() {
        api.updateCompositionState(COMPOSITION, AcTypeState.PRIMED, StateChangeResult.NO_ERROR, "Primed",
                Map.of(A, Map.of("InternalState", "PRIMED")));
        ParticipantPrimeAck ack = assertInstanceOf(ParticipantPrimeAck.class, channel.last());
        assertEquals(CompositionState.PRIMED, ack.compositionState());
        assertEquals(1, ack.outPropertiesList().size());
        assertEquals("a", ack.outPropertiesList().get(0).elementName());
        assertEquals("1.2.3", ack.outPropertiesList().get(0).elementVersion());
        assertEquals(Map.of("InternalState", "PRIMED"), ack.outPropertiesList().get(0).outProperties());
        assertEquals(Map.of("InternalState", "PRIMED"), api.getComposition(COMPOSITION).outPropertiesMap().get(A));

        api.updateCompositionState(COMPOSITION, AcTypeState.COMMISSIONED, StateChangeResult.NO_ERROR, "Deprimed");
        ack = assertInstanceOf(ParticipantPrimeAck.class, channel.last());
        assertTrue(ack.outPropertiesList().isEmpty());
        assertNull(api.getComposition(COMPOSITION), "a deprimed composition leaves the view");
    }

    @Test
    void stageReportsAreAcksNamingTheNextStageWithTheElementsStatesAndOutProperties() {
        api.updateAutomationCompositionElementStage(instance, E1, StateChangeResult.NO_ERROR, 2, "stage 1 done");
        InstanceElementAck shortForm = assertInstanceOf(InstanceElementAck.class, channel.last());
        assertEquals(2, shortForm.stage());
        assertEquals(OperationResult.NO_ERROR, shortForm.result());
        assertEquals("stage 1 done", shortForm.message());
        assertEquals(ElementDeployState.DEPLOYED, shortForm.deployState(), "the element's state as held, as ONAP");
        assertEquals(ElementLockState.LOCKED, shortForm.lockState());
        assertEquals(Map.of("InternalState", "old"), shortForm.outProperties());

        api.updateAutomationCompositionElementStage(new ElementStageDto(instance, E1, "stage 2 Migrated", 3,
                Map.of("stage", List.of(1, 2))));
        InstanceElementAck ack = assertInstanceOf(InstanceElementAck.class, channel.last());
        assertEquals(3, ack.stage());
        assertEquals(Map.of("stage", List.of(1, 2)), ack.outProperties());
        assertEquals(Map.of("stage", List.of(1, 2)), api.getInstanceElementDto(instance, E1).outProperties());
        assertEquals(3, api.getAutomationCompositionElement(instance, E1).getStage());
        assertEquals(DeployState.DEPLOYED, api.getAutomationCompositionElement(instance, E1).getDeployState(),
                "a stage ends nothing");
    }

    @Test
    void nextStagesComeFromTheDefinitionsInProperties() {
        CompositionElementDto staged = new CompositionElementDto(COMPOSITION, A,
                Map.of("stage", Map.of("migrate", List.of(0, 2, 5), "prepare", List.of(1, 3))), Map.of());
        assertEquals(2, api.getMigrateNextStage(staged, 0));
        assertEquals(5, api.getMigrateNextStage(staged, 2));
        assertEquals(5, api.getMigrateNextStage(staged, 5), "the last stage answers itself: done");
        assertEquals(2, api.getRollbackNextStage(staged, 5));
        assertEquals(0, api.getRollbackNextStage(staged, 0));
        assertEquals(3, api.getPrepareNextStage(staged, 1));
        assertEquals(3, api.getPrepareNextStage(staged, 3));

        CompositionElementDto plainList = new CompositionElementDto(COMPOSITION, A, Map.of("stage", List.of(1, 4)),
                Map.of());
        assertEquals(4, api.getMigrateNextStage(plainList, 1));
        assertEquals(0, api.getPrepareNextStage(plainList, 0), "a plain list is for migrate only");
        CompositionElementDto none = new CompositionElementDto(COMPOSITION, A, Map.of(), Map.of());
        assertEquals(0, api.getMigrateNextStage(none, 0));
    }

    private static List<UUID> ids(List<AutomationComposition> instances) {
        return instances.stream().map(AutomationComposition::getInstanceId).toList();
    }
}
