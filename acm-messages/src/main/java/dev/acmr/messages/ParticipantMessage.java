package dev.acmr.messages;

import java.time.Instant;
import java.util.UUID;

/** What every protocol message carries: its own id, when it was made, and the participant replica it concerns. */
public sealed interface ParticipantMessage
        permits ParticipantRegister, ParticipantRegisterAck, ParticipantStatus, ParticipantDeregister,
        ParticipantDeregisterAck, ParticipantPrime, ParticipantPrimeAck, ParticipantCompositionSync,
        ParticipantDefinitionInfo, InstanceOrder, InstanceElementAck, InstanceElementAcks, InstanceElementInfo,
        InstanceSync, ParticipantSyncRequest, ParticipantSyncComplete, ParticipantStatusRequest {

    UUID messageId();

    Instant timestamp();

    UUID participantId();

    /** The replica that sent it (participant to runtime) or the one it is for (runtime to participant), or null. */
    UUID replicaId();
}
