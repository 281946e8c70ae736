package dev.acmr.messages;

/** Physical destination names on the broker, shared by the runtime's resources and the adapter. */
public final class Destinations {

    /** Participant to runtime: one queue, competing consumers across runtime nodes. */
    public static final String RUNTIME_QUEUE = "AcmRuntimeInbound";

    /** Runtime to participants: one topic, every replica subscribes with a selector. */
    public static final String PARTICIPANT_TOPIC = "AcmParticipantOutbound";

    private Destinations() {
    }
}
