package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.application.ParticipantMessageSender;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.participant.domain.ReplicaAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps every replica's copy of instances: after an instance changed, to every replica of the participants running
 * its elements (and a deletion to those that run none any more), and, in a full sync, every instance a participant
 * runs to one replica. Orders go through {@link InstanceDispatcher}, which syncs through this too; the sync of a
 * changed instance runs in the caller's transaction, on the locked instance row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InstanceSyncs {

    @Inject
    private InstanceRepository instances;

    @Inject
    private OrderContents contents;

    @Inject
    private ParticipantMessageSender sender;

    /** To every replica of every participant running an element of the instance. */
    public void syncToEveryReplica(AutomationCompositionInstance instance) {
        ElementDefinitions definitions = contents.definitionsOf(instance);
        long previous = instance.syncedToEveryReplica();
        instance.elements().participants().forEach(participant -> sender.send(InstanceMessages.sync(instance,
                definitions, participant, null, instance.isDeleted(), previous, null)));
    }

    /**
     * After the instance's elements changed: to every replica of every participant running an element now, and a
     * deletion to the replicas of those in {@code formerParticipants} that run none any more.
     */
    public void syncToEveryReplica(AutomationCompositionInstance instance, Set<ParticipantId> formerParticipants) {
        ElementDefinitions definitions = contents.definitionsOf(instance);
        long previous = instance.syncedToEveryReplica();
        Set<ParticipantId> current = instance.elements().participants();
        current.forEach(participant -> sender.send(InstanceMessages.sync(instance, definitions, participant, null,
                false, previous, null)));
        formerParticipants.stream().filter(participant -> !current.contains(participant))
                .forEach(participant -> sender.send(InstanceMessages.sync(instance, definitions, participant, null,
                        true, previous, null)));
    }

    /** The participant's instances, to one replica, as part of full sync {@code syncId}; returns their ids. */
    public List<UUID> syncAllTo(ReplicaAddress replica, UUID syncId) {
        List<AutomationCompositionInstance> held = instances.findHeldBy(replica.participantId());
        for (AutomationCompositionInstance instance : held) {
            sender.send(InstanceMessages.sync(instance, contents.definitionsOf(instance),
                    replica.participantId(), replica.replicaId().value(), false, 0, syncId));
        }
        return held.stream().map(AutomationCompositionInstance::id).toList();
    }
}
