package dev.acmr.messages;

import java.util.Arrays;
import java.util.Optional;

/** The value of the {@code messageType} header, naming the record the body decodes to. */
public enum ParticipantMessageType {
    PARTICIPANT_REGISTER(ParticipantRegister.class),
    PARTICIPANT_REGISTER_ACK(ParticipantRegisterAck.class),
    PARTICIPANT_STATUS(ParticipantStatus.class),
    PARTICIPANT_DEREGISTER(ParticipantDeregister.class),
    PARTICIPANT_DEREGISTER_ACK(ParticipantDeregisterAck.class);

    private final Class<? extends ParticipantMessage> messageClass;

    ParticipantMessageType(Class<? extends ParticipantMessage> messageClass) {
        this.messageClass = messageClass;
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
