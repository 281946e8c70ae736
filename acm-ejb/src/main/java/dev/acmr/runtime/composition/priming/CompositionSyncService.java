package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.application.FullSyncRequested;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;

/**
 * Keeps every replica's view of the compositions its participant runs: after a prime or deprime completes, after
 * out-properties change, and in full for a replica that joins. Each sync carries the composition's revision, so
 * replicas apply them in order and ignore duplicates and stale copies.
 */
@Stateless
public class CompositionSyncService {

    @Inject
    private CompositionRepository compositions;

    @Inject
    private ParticipantMessageSender sender;

    /**
     * To every replica of every participant bound to the composition. Always all participants, even when only one
     * participant's part changed: each sync names the previous one sent to every replica, and a participant skipped
     * would see a gap.
     */
    public void toEveryReplica(CompositionDefinition definition) {
        boolean deleted = definition.state() == AcTypeState.COMMISSIONED;
        long previous = definition.syncedToEveryReplica();
        definition.participants().forEach(participant -> sender.send(
                CompositionMessages.sync(definition, participant, null, deleted, previous, null)));
    }

    /** A replica in full sync gets every composition its participant holds, before it is given any work. */
    public void onFullSync(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) FullSyncRequested request) {
        ParticipantId participant = request.replica().participantId();
        List<CompositionDefinition> held = compositions.findHeldBy(participant);
        for (CompositionDefinition definition : held) {
            sender.send(CompositionMessages.sync(definition, participant, request.replica().replicaId().value(), false,
                    0, request.syncId()));
        }
        request.sentCompositions(held.stream().map(definition -> definition.id().value()).toList());
    }
}
