package dev.acmr.messages;

import java.util.Arrays;
import java.util.Optional;

/** The value of the {@code messageType} header, naming the record the body decodes to. */
public enum ParticipantMessageType {
    PARTICIPANT_REGISTER(ParticipantRegister.class, true),
    PARTICIPANT_REGISTER_ACK(ParticipantRegisterAck.class, false),
    PARTICIPANT_STATUS(ParticipantStatus.class, true),
    PARTICIPANT_DEREGISTER(ParticipantDeregister.class, true),
    PARTICIPANT_DEREGISTER_ACK(ParticipantDeregisterAck.class, false),
    PARTICIPANT_PRIME(ParticipantPrime.class, false),
    PARTICIPANT_PRIME_ACK(ParticipantPrimeAck.class, true),
    PARTICIPANT_COMPOSITION_SYNC(ParticipantCompositionSync.class, false),
    PARTICIPANT_DEFINITION_INFO(ParticipantDefinitionInfo.class, true),
    INSTANCE_ORDER(InstanceOrder.class, false),
    INSTANCE_ELEMENT_ACK(InstanceElementAck.class, true),
    INSTANCE_ELEMENT_ACKS(InstanceElementAcks.class, true),
    INSTANCE_ELEMENT_INFO(InstanceElementInfo.class, true),
    INSTANCE_SYNC(InstanceSync.class, false),
    PARTICIPANT_SYNC_REQUEST(ParticipantSyncRequest.class, true),
    PARTICIPANT_SYNC_COMPLETE(ParticipantSyncComplete.class, false),
    PARTICIPANT_STATUS_REQUEST(ParticipantStatusRequest.class, false);

    private final Class<? extends ParticipantMessage> messageClass;
    private final boolean toRuntime;

    ParticipantMessageType(Class<? extends ParticipantMessage> messageClass, boolean toRuntime) {
        this.messageClass = messageClass;
        this.toRuntime = toRuntime;
    }

    /**
     * True for what replicas send the runtime (it always names the sending replica); false for what the runtime
     * sends, where a null replicaId addresses every replica of the participant.
     */
    public boolean toRuntime() {
        return toRuntime;
    }

    public Class<? extends ParticipantMessage> messageClass() {
        return messageClass;
    }

    public static ParticipantMessageType of(ParticipantMessage message) {
        return Arrays.stream(values())
                .filter(type -> type.messageClass == message.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message type for " + message.getClass()));
    }

    public static Optional<ParticipantMessageType> fromHeader(String header) {
        return Arrays.stream(values()).filter(type -> type.name().equals(header)).findFirst();
    }
}
