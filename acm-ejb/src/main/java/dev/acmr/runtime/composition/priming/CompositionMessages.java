package dev.acmr.runtime.composition.priming;

import dev.acmr.messages.CompositionState;
import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.messages.ElementDefinition;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.participant.dispatch.Assignment;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds what participants are sent about a composition: only the elements each participant runs. */
final class CompositionMessages {

    private CompositionMessages() {
    }

    /** The order for the assigned replica, naming the dispatch its answer is to echo. */
    static ParticipantPrime prime(CompositionDefinition definition, PrimeOrder order, Assignment assignment) {
        ReplicaAddress replica = assignment.replica();
        return new ParticipantPrime(UUID.randomUUID(), Instant.now(), replica.participantId().value(),
                replica.replicaId().value(), definition.id().value(), dev.acmr.messages.PrimeOrder.valueOf(order.name()),
                definition.orderRevision(), elementsOf(definition, replica.participantId()), assignment.dispatchId());
    }

    /** The participant's view of the composition; the last three as for {@code InstanceMessages.sync}. */
    static ParticipantCompositionSync sync(CompositionDefinition definition, ParticipantId participant,
            UUID replica, boolean deleted, long previousRevision, UUID syncId) {
        return new ParticipantCompositionSync(UUID.randomUUID(), Instant.now(), participant.value(), replica,
                definition.id().value(), definition.revision(), wire(definition.state()),
                deleted, deleted ? List.of() : elementsOf(definition, participant), previousRevision, syncId);
    }

    private static List<ElementDefinition> elementsOf(CompositionDefinition definition, ParticipantId participant) {
        return definition.elementsOf(participant).stream().map(CompositionMessages::element).toList();
    }

    private static ElementDefinition element(CompositionElement element) {
        return new ElementDefinition(element.elementName(), element.elementVersion(), element.typeName(),
                element.typeVersion(), element.properties(), element.outProperties());
    }

    // The composition state exists in the domain and on the wire with the same constants; they meet only here.

    static CompositionState wire(AcTypeState state) {
        return CompositionState.valueOf(state.name());
    }

    static AcTypeState domain(CompositionState state) {
        return AcTypeState.valueOf(state.name());
    }
}
