package dev.acmr.messages;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * Encodes and decodes protocol messages as JSON. One instance is thread safe and meant to be shared.
 *
 * <p>The Jsonb instance is created with this class's loader as context loader, because the adapter runs it on
 * resource adapter threads whose context loader may not see a JSON-B provider.
 */
public final class ParticipantMessageCodec {

    private final Jsonb jsonb;

    public ParticipantMessageCodec() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ParticipantMessageCodec.class.getClassLoader());
        try {
            this.jsonb = JsonbBuilder.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public String encode(ParticipantMessage message) {
        return jsonb.toJson(message);
    }

    /** Decodes a body whose type is named by the {@code messageType} header; a bad message raises, never returns null. */
    public ParticipantMessage decode(String messageTypeHeader, String json) {
        ParticipantMessageType type = ParticipantMessageType.fromHeader(messageTypeHeader)
                .orElseThrow(() -> new MalformedMessageException("unknown messageType '" + messageTypeHeader + "'"));
        if (json == null || json.isBlank()) {
            throw new MalformedMessageException(type + " has an empty body");
        }
        ParticipantMessage message;
        try {
            message = jsonb.fromJson(json, type.messageClass());
        } catch (JsonbException | IllegalArgumentException e) {
            throw new MalformedMessageException(type + " body is not valid: " + e.getMessage(), e);
        }
        if (message == null || message.messageId() == null || message.participantId() == null) {
            throw new MalformedMessageException(type + " lacks messageId or participantId");
        }
        if (type.toRuntime() && message.replicaId() == null) {
            throw new MalformedMessageException(type + " does not name the replica that sent it");
        }
        return message;
    }
}
