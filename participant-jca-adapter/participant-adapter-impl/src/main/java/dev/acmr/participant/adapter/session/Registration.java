package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantRegisterAck;
import dev.acmr.participant.adapter.config.ParticipantSettings;

/**
 * Whether the runtime knows this replica, and therefore what the next heartbeat is: a register until this replica's
 * ack arrives, a status afterwards.
 *
 * <p>Registered stays true across broker reconnects: the runtime keeps the replica while statuses arrive, and a
 * status repeats the element types so that a runtime which dropped the replica can take it back without a new
 * register round trip.
 */
final class Registration {

    private final ParticipantSettings settings;
    private final ParticipantMessages messages;
    private final ReplicaSync replicaSync;
    private volatile boolean registered;

    Registration(ParticipantSettings settings, ParticipantMessages messages, ReplicaSync replicaSync) {
        this.settings = settings;
        this.messages = messages;
        this.replicaSync = replicaSync;
    }

    boolean isRegistered() {
        return registered;
    }

    /** The message for this heartbeat tick. */
    ParticipantMessage nextHeartbeat() {
        if (registered) {
            return replicaSync.status();
        }
        replicaSync.onRegistering();
        return messages.register();
    }

    /**
     * Takes an ack into account.
     *
     * @return true if it is for this replica and this replica was not registered before (the caller then reports a
     *     status at once, as ONAP's participant does); false for a repeat or an ack meant for another replica
     */
    boolean acknowledge(ParticipantRegisterAck ack) {
        if (!settings.isThisReplica(ack.participantId(), ack.replicaId())) {
            return false;
        }
        boolean first = !registered;
        registered = true;
        return first;
    }
}
