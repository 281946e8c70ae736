package dev.acmr.messages;

import java.util.UUID;

/**
 * JMS message properties that route a message without decoding its body.
 *
 * <p>A message from the runtime with no {@code participantId} is for every participant; one with a participantId
 * and no {@code replicaId} is for every replica of that participant; one with both is for that replica only.
 * {@code requestId} routes nothing: it only correlates log lines.
 */
public final class MessageHeaders {

    public static final String MESSAGE_TYPE = "messageType";
    public static final String PARTICIPANT_ID = "participantId";
    public static final String REPLICA_ID = "replicaId";
    /**
     * The id of the REST request an order answers ({@code X-onap-RequestId}), set by the runtime on what it sends
     * while handling it and returned by the replica on the acks and infos of that order, for the log lines of both
     * sides. Optional: a side that does not know it sends none and ignores it.
     */
    public static final String REQUEST_ID = "requestId";

    private MessageHeaders() {
    }

    /** The JMS selector under which one replica receives exactly what is addressed to it. */
    public static String selectorFor(UUID participantId, UUID replicaId) {
        return "(" + PARTICIPANT_ID + " IS NULL OR " + PARTICIPANT_ID + " = '" + participantId + "')"
                + " AND (" + REPLICA_ID + " IS NULL OR " + REPLICA_ID + " = '" + replicaId + "')";
    }
}
