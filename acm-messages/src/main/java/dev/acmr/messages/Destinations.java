package dev.acmr.messages;

/** Physical destination names on the broker, shared by the runtime's resources and the adapter. */
public final class Destinations {

    /** Participant to runtime: one queue, competing consumers across runtime nodes. */
    public static final String RUNTIME_QUEUE = "AcmRuntimeInbound";

    /**
     * Participant to runtime, a copy of each status: a topic every runtime node subscribes to, so that every node sees
     * every heartbeat. On the queue, a node that is paused (or slow) holds the heartbeats the broker had handed it,
     * and the others could take the replicas for silent.
     */
    public static final String LIVENESS_TOPIC = "AcmRuntimeLiveness";

    /** Runtime to participants: one topic, every replica subscribes with a selector. */
    public static final String PARTICIPANT_TOPIC = "AcmParticipantOutbound";

    private Destinations() {
    }
}
