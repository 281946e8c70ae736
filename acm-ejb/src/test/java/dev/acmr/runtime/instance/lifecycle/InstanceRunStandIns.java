package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.infrastructure.persistence.DatabaseClock;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.PrecheckPlan;
import dev.acmr.runtime.instance.domain.RollbackSnapshot;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.metrics.OrderSettled;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.dispatch.Dispatch;
import dev.acmr.runtime.participant.dispatch.DispatchOutcome;
import dev.acmr.runtime.participant.dispatch.DispatchService;
import dev.acmr.runtime.participant.dispatch.OpenDispatch;
import dev.acmr.runtime.participant.dispatch.OperationDispatchRepository;
import dev.acmr.runtime.participant.dispatch.PartDispatch;
import dev.acmr.runtime.participant.dispatch.ReplicaFence;
import dev.acmr.runtime.participant.dispatch.selection.ReplicaSelector;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import dev.acmr.runtime.participant.domain.ReplicaId;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The instance lifecycle services wired to in-memory stand-ins for the database and the broker: one instance (the
 * supplier's), the given compositions, every participant live, each participant's work on a replica with the
 * participant's id, every message sent recorded, and every orphaned dispatch still orphaned.
 */
final class InstanceRunStandIns {

    final List<ParticipantMessage> sent = new ArrayList<>();
    final List<DispatchOutcome> settledOrphans = new ArrayList<>();
    final InstanceDispatcher dispatcher = new InstanceDispatcher();
    final InstanceAckService acks = new InstanceAckService();
    final InstanceFailoverService failover = new InstanceFailoverService();
    /** The instance's rollback snapshot, as the accepting side saved it. */
    RollbackSnapshot snapshot;

    InstanceRunStandIns(Supplier<AutomationCompositionInstance> instance, List<CompositionDefinition> held) {
        InstanceRepository instances = new InstanceRepository() {
            @Override
            public Optional<AutomationCompositionInstance> findForUpdate(UUID instanceId) {
                return Optional.of(instance.get());
            }

            @Override
            public Optional<RollbackSnapshot> snapshotOf(UUID instanceId) {
                return Optional.ofNullable(snapshot);
            }

            @Override
            public Optional<PrecheckPlan> precheckOf(UUID instanceId) {
                return Optional.empty();
            }
        };
        CompositionRepository compositions = new CompositionRepository() {
            @Override
            public Optional<CompositionDefinition> find(CompositionId id) {
                return held.stream().filter(found -> found.id().equals(id)).findFirst();
            }
        };
        OperationDispatchRepository dispatches = new OperationDispatchRepository() {
            @Override
            public void settleAll(UUID entityId, DispatchOutcome outcome) {
            }

            @Override
            public void settlePart(UUID entityId, ParticipantId participant, DispatchOutcome outcome) {
            }

            @Override
            public Optional<OpenDispatch> openOf(UUID entityId, ParticipantId participant) {
                return Optional.empty();
            }

            @Override
            public List<PartDispatch> partOf(UUID entityId, ParticipantId participant, long orderRevision) {
                return List.of();
            }

            @Override
            public boolean isStillOrphaned(long dispatchId) {
                return true;
            }

            @Override
            public boolean settle(long dispatchId, DispatchOutcome outcome) {
                settledOrphans.add(outcome);
                return true;
            }
        };
        OrderContents contents = new OrderContents();
        inject(contents, "instances", instances);
        inject(contents, "compositions", compositions);
        ReplicaFence fence = new ReplicaFence();
        inject(fence, "dispatches", dispatches);
        InstanceSyncs syncs = new InstanceSyncs();
        inject(syncs, "instances", instances);
        inject(syncs, "contents", contents);
        inject(syncs, "sender", (ParticipantMessageSender) sent::add);
        inject(dispatcher, "instances", instances);
        inject(dispatcher, "syncs", syncs);
        inject(dispatcher, "contents", contents);
        inject(dispatcher, "selector", new ReplicaSelector() {
            @Override
            public boolean isLive(ParticipantId participant) {
                return true;
            }
        });
        inject(dispatcher, "dispatchService", new DispatchService() {
            @Override
            public Assignment assign(ParticipantId participant, Dispatch dispatch) {
                return new Assignment(new ReplicaAddress(participant, new ReplicaId(participant.value())), null);
            }
        });
        inject(dispatcher, "clock", DatabaseClock.reading(Instant::now));
        inject(dispatcher, "sender", (ParticipantMessageSender) sent::add);
        inject(dispatcher, "dispatches", dispatches);
        inject(dispatcher, "settled", new IgnoredEvents());
        AckApplier applier = new AckApplier();
        inject(applier, "dispatcher", dispatcher);
        inject(applier, "syncs", syncs);
        inject(applier, "replicaFence", fence);
        inject(applier, "settled", new IgnoredEvents());
        inject(acks, "instances", instances);
        inject(acks, "applier", applier);
        inject(acks, "syncs", syncs);
        inject(failover, "instances", instances);
        inject(failover, "contents", contents);
        inject(failover, "dispatches", dispatches);
        inject(failover, "dispatcher", dispatcher);
    }

    private static void inject(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class IgnoredEvents implements Event<OrderSettled> {

        @Override
        public void fire(OrderSettled event) {
        }

        @Override
        public <U extends OrderSettled> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends OrderSettled> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<OrderSettled> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends OrderSettled> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends OrderSettled> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
