package dev.acmr.participant.adapter.session;

import static dev.acmr.participant.adapter.view.CompositionFixtures.PARTICIPANT;
import static dev.acmr.participant.adapter.view.CompositionFixtures.REPLICA;
import static dev.acmr.participant.adapter.view.CompositionFixtures.SETTINGS;
import static dev.acmr.participant.adapter.view.InstanceFixtures.COMPOSITION;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E1;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E2;
import static dev.acmr.participant.adapter.view.InstanceFixtures.E3;
import static dev.acmr.participant.adapter.view.InstanceFixtures.TARGET;
import static dev.acmr.participant.adapter.view.InstanceFixtures.changes;
import static dev.acmr.participant.adapter.view.InstanceFixtures.element;
import static dev.acmr.participant.adapter.view.InstanceFixtures.migration;
import static dev.acmr.participant.adapter.view.InstanceFixtures.order;
import static dev.acmr.participant.adapter.view.InstanceFixtures.sync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.ElementLockState;
import dev.acmr.messages.InstanceElement;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.participant.adapter.inbound.EndpointDispatcher;
import dev.acmr.participant.adapter.view.InstanceView;
import dev.acmr.participant.adapter.view.ViewInstance;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.MigrationState;
import dev.acmr.participant.models.concepts.SubState;
import dev.acmr.participant.models.dto.CompositionElementDto;
import dev.acmr.participant.models.dto.ElementState;
import dev.acmr.participant.models.dto.InstanceElementDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The staged and sub operations (migrate, its precheck and revert, prepare, review, update revert) reach the listener
 * with ONAP's arguments, and change the view as ONAP's intermediary changes its cache.
 */
class InstanceHandlerStagedTest {

    private final List<ParticipantMessage> sent = new CopyOnWriteArrayList<>();
    private final InstanceView view = new InstanceView();
    private final FakeListener listener = new FakeListener();
    private final UUID id = UUID.randomUUID();
    private final InstanceHandler handler = new InstanceHandler(SETTINGS, view,
            new EndpointDispatcher(listener.factory(), Runnable::run), new InstanceReporter(
                    new ParticipantMessages(SETTINGS, Clock.systemUTC(), UUID::randomUUID), view, sent::add));

    @Test
    void migrateGivesBothSidesOfEachElementWithTheirStatesAndTheStage() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        handler.onOrder(changes(id, InstanceOperation.MIGRATE, 6, 1, migration()));

        assertEquals(List.of("migrate", "migrate", "migrate"), listener.calls);
        Object[] kept = listener.arguments.get(0);
        assertEquals(new CompositionElementDto(COMPOSITION, new ToscaConceptIdentifier("sim1", "1.0.0"),
                Map.of("stage", List.of(0, 1)), Map.of(), ElementState.PRESENT), kept[0]);
        assertEquals(new CompositionElementDto(TARGET, new ToscaConceptIdentifier("sim1", "2.0.0"),
                Map.of("stage", List.of(0, 1)), Map.of(), ElementState.PRESENT), kept[1]);
        assertEquals(new InstanceElementDto(id, E1, Map.of("url", "http://one"), Map.of("stage", List.of(0)),
                ElementState.PRESENT), kept[2]);
        assertEquals(new InstanceElementDto(id, E1, Map.of("url", "http://migrated"), Map.of("stage", List.of(0)),
                ElementState.PRESENT), kept[3]);
        assertEquals(1, kept[4]);

        Object[] removed = listener.arguments.get(1);
        assertEquals(ElementState.PRESENT, ((InstanceElementDto) removed[2]).state());
        assertEquals(new CompositionElementDto(TARGET, new ToscaConceptIdentifier("sim2", "1.0.0"), Map.of(),
                Map.of(), ElementState.REMOVED), removed[1]);
        assertEquals(new InstanceElementDto(id, E2, Map.of(), Map.of(), ElementState.REMOVED), removed[3]);

        Object[] added = listener.arguments.get(2);
        assertEquals(new CompositionElementDto(COMPOSITION, new ToscaConceptIdentifier("sim3", "2.0.0"), Map.of(),
                Map.of(), ElementState.NOT_PRESENT), added[0]);
        assertEquals(ElementState.NEW, ((CompositionElementDto) added[1]).state());
        assertEquals(new InstanceElementDto(id, E3, Map.of(), Map.of(), ElementState.NOT_PRESENT), added[2]);
        assertEquals(new InstanceElementDto(id, E3, Map.of("url", "http://three"), Map.of("stage", List.of(0)),
                ElementState.NEW), added[3]);

        ViewInstance held = view.get(id).orElseThrow();
        assertEquals(DeployState.MIGRATING, held.deployState());
        assertEquals(TARGET, held.compositionTargetId());
        assertEquals(COMPOSITION, held.compositionId(), "the source until the runtime says the migration completed");
        assertEquals("2.0.0", held.elements().get(E1).definitionVersion());
        assertEquals(MigrationState.REMOVED, held.elements().get(E2).migrationState());
        assertEquals(MigrationState.NEW, held.elements().get(E3).migrationState());
    }

    @Test
    void aRevertLeavesTheTargetForTheInstancesCompositionAndCallsRollbackMigration() {
        handler.onOrder(changes(id, InstanceOperation.MIGRATION_REVERT, 9, 2, migration()));
        assertEquals(List.of("rollbackMigration", "rollbackMigration", "rollbackMigration"), listener.calls);
        Object[] kept = listener.arguments.get(0);
        assertEquals(TARGET, ((CompositionElementDto) kept[0]).compositionId(), "the composition being left");
        assertEquals(COMPOSITION, ((CompositionElementDto) kept[1]).compositionId(), "the one returned to");
        assertEquals(2, kept[4]);
        assertEquals(ElementState.REMOVED, ((InstanceElementDto) listener.arguments.get(1)[3]).state());
        assertEquals(DeployState.MIGRATION_REVERTING, view.get(id).orElseThrow().deployState());
    }

    @Test
    void aPrecheckAsksAboutEveryElementAndChangesNothingHeld() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        ViewInstance before = view.get(id).orElseThrow();
        handler.onOrder(changes(id, InstanceOperation.MIGRATE_PRECHECK, 6, 0, migration()));
        assertEquals(List.of("migratePrecheck", "migratePrecheck", "migratePrecheck"), listener.calls);
        Object[] kept = listener.arguments.get(0);
        assertEquals(4, kept.length);
        assertEquals("2.0.0", ((CompositionElementDto) kept[1]).elementDefinitionId().getVersion());
        assertEquals(Map.of("url", "http://migrated"), ((InstanceElementDto) kept[3]).inProperties());
        assertEquals(before, view.get(id).orElseThrow());

        UUID notHeld = UUID.randomUUID();
        handler.onOrder(changes(notHeld, InstanceOperation.MIGRATE_PRECHECK, 2, 0, migration().subList(2, 3)));
        assertTrue(view.get(notHeld).isEmpty(), "a participant only the migration brings in holds nothing");
    }

    @Test
    void prepareRunsItsStageOnAnInstanceNotDeployedYet() {
        handler.onOrder(prepare(3, 2));
        assertEquals(List.of("prepare"), listener.calls);
        assertEquals(E1, ((InstanceElementDto) listener.arguments.get(0)[1]).elementId());
        assertEquals(2, listener.arguments.get(0)[2]);
        ViewInstance held = view.get(id).orElseThrow();
        assertEquals(DeployState.UNDEPLOYED, held.deployState());
        assertEquals(SubState.PREPARING, held.subState());
        assertEquals(SubState.PREPARING, held.elements().get(E1).subState());
    }

    @Test
    void reviewCallsReviewPerElement() {
        view.apply(sync(id, 5, ElementDeployState.DEPLOYED, ElementLockState.LOCKED));
        handler.onOrder(order(id, InstanceOperation.REVIEW, 6, List.of(deployed(E1), deployed(E2))));
        assertEquals(List.of("review", "review"), listener.calls);
        assertEquals(2, listener.arguments.get(0).length);
        assertEquals(SubState.REVIEWING, view.get(id).orElseThrow().subState());
        assertEquals(DeployState.DEPLOYED, view.get(id).orElseThrow().deployState());
    }

    @Test
    void anUpdateRevertIsAnUpdateFromTheFailedPropertiesToTheRestoredOnes() {
        handler.onOrder(order(id, InstanceOperation.UPDATE_REVERT, 8, List.of(element(E1,
                Map.of("url", "http://restored"), Map.of("url", "http://failed"), ElementDeployState.UPDATE_REVERTING,
                ElementLockState.LOCKED))));
        assertEquals(List.of("update"), listener.calls);
        assertEquals(Map.of("url", "http://failed"), ((InstanceElementDto) listener.arguments.get(0)[1]).inProperties());
        assertEquals(Map.of("url", "http://restored"),
                ((InstanceElementDto) listener.arguments.get(0)[2]).inProperties());
        assertEquals(DeployState.UPDATE_REVERTING, view.get(id).orElseThrow().deployState());
    }

    @Test
    void aListenerFailureIsAckedFailedWithTheStateOnapReturnsTheElementTo() {
        listener.behaviour = (method, args) -> {
            throw new IllegalStateException(method + " broke");
        };
        handler.onOrder(prepare(2, 0));
        handler.onOrder(order(id, InstanceOperation.REVIEW, 3, List.of(deployed(E1))));
        handler.onOrder(order(id, InstanceOperation.UPDATE_REVERT, 4, List.of(deployed(E1))));
        handler.onOrder(changes(id, InstanceOperation.MIGRATE, 5, 0, migration().subList(0, 1)));
        handler.onOrder(changes(id, InstanceOperation.MIGRATE_PRECHECK, 6, 0, migration().subList(0, 1)));
        handler.onOrder(changes(id, InstanceOperation.MIGRATION_REVERT, 7, 0, migration().subList(0, 1)));
        List<ElementDeployState> states = sent.stream().map(InstanceElementAck.class::cast)
                .map(InstanceElementAck::deployState).toList();
        assertEquals(List.of(ElementDeployState.UNDEPLOYED, ElementDeployState.DEPLOYED, ElementDeployState.DEPLOYED,
                ElementDeployState.DEPLOYED, ElementDeployState.DEPLOYED, ElementDeployState.DEPLOYED), states);
        assertTrue(sent.stream().map(InstanceElementAck.class::cast)
                .allMatch(ack -> ack.result() == OperationResult.FAILED && ack.lockState() == null));
        assertEquals("migrate broke", ((InstanceElementAck) sent.get(3)).message());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), sent.stream().map(InstanceElementAck.class::cast)
                .map(InstanceElementAck::orderRevision).toList());
    }

    @Test
    void theAcksOfAnOrderEchoItsDispatch() {
        UUID dispatch = UUID.randomUUID();
        listener.behaviour = (method, args) -> {
            throw new IllegalStateException("no");
        };
        InstanceOrder order = changes(id, InstanceOperation.MIGRATE, 5, 0, migration().subList(0, 1));
        handler.onOrder(new InstanceOrder(order.messageId(), order.timestamp(), order.participantId(),
                order.replicaId(), id, COMPOSITION, order.operation(), 5, 0, List.of(), dispatch, TARGET,
                order.changes()));
        assertEquals(dispatch, ((InstanceElementAck) sent.get(0)).dispatchId());
    }

    private InstanceOrder prepare(long revision, int stage) {
        return new InstanceOrder(UUID.randomUUID(), Instant.EPOCH, PARTICIPANT, REPLICA, id, COMPOSITION,
                InstanceOperation.PREPARE, revision, stage, List.of(element(E1, Map.of(), null,
                        ElementDeployState.UNDEPLOYED, ElementLockState.NONE)));
    }

    private static InstanceElement deployed(UUID element) {
        return element(element, Map.of(), null, ElementDeployState.DEPLOYED, ElementLockState.LOCKED);
    }
}
