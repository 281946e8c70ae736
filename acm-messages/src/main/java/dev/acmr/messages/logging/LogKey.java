package dev.acmr.messages.logging;

/** The ids a log line may carry, in the order they are written, with their JSON field names. */
public enum LogKey {
    REQUEST_ID("requestId"),
    COMPOSITION_ID("compositionId"),
    INSTANCE_ID("instanceId"),
    PARTICIPANT_ID("participantId"),
    REPLICA_ID("replicaId");

    private final String field;

    LogKey(String field) {
        this.field = field;
    }

    /** The field name in a JSON log line. */
    public String field() {
        return field;
    }
}
