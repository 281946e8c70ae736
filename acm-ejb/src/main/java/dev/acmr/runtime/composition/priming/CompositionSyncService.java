package dev.acmr.runtime.composition.priming;

import dev.acmr.runtime.composition.domain.AcTypeState;
import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.application.ReplicaJoined;
import dev.acmr.runtime.participant.domain.ParticipantId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps every replica's view of the compositions its participant runs: after a prime or deprime completes, after
 * out-properties change, and in full for a replica that joins. Each sync carries the composition's revision, so
 * replicas apply them in order and ignore duplicates and stale copies.
 */
@Stateless
public class CompositionSyncService {

    private static final Logger LOG = Logger.getLogger(CompositionSyncService.class.getName());

    @Inject
    private CompositionRepository compositions;

    @Inject
    private ParticipantMessageSender sender;

    /** To every replica of every participant bound to the composition. */
    public void toEveryReplica(CompositionDefinition definition) {
        definition.participants().forEach(participant -> toEveryReplicaOf(definition, participant));
    }

    public void toEveryReplicaOf(CompositionDefinition definition, ParticipantId participant) {
        boolean deleted = definition.state() == AcTypeState.COMMISSIONED;
        sender.send(CompositionMessages.sync(definition, participant, null, deleted));
    }

    /** A joining replica gets every composition its participant holds, before it is given any work. */
    public void onReplicaJoined(@Observes ReplicaJoined joined) {
        ParticipantId participant = joined.replica().participantId();
        List<CompositionDefinition> held = compositions.findHeldBy(participant);
        for (CompositionDefinition definition : held) {
            sender.send(CompositionMessages.sync(definition, participant, joined.replica().replicaId().value(), false));
        }
        if (!held.isEmpty()) {
            LOG.info(() -> "Sent " + held.size() + " composition(s) to joining " + joined.replica());
        }
    }
}
