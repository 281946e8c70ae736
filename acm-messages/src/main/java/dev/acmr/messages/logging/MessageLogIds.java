package dev.acmr.messages.logging;

import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.InstanceSync;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantPrime;
import dev.acmr.messages.ParticipantPrimeAck;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** The ids a protocol message is about, for the log context of whoever handles it (runtime or replica). */
public final class MessageLogIds {

    private MessageLogIds() {
    }

    /** Participant and replica, the composition or instance where the message names one, and the request id. */
    public static Map<LogKey, Object> of(ParticipantMessage message, String requestId) {
        Map<LogKey, Object> ids = new EnumMap<>(LogKey.class);
        if (requestId != null && !requestId.isEmpty()) {
            ids.put(LogKey.REQUEST_ID, requestId);
        }
        putIfPresent(ids, LogKey.PARTICIPANT_ID, message.participantId());
        putIfPresent(ids, LogKey.REPLICA_ID, message.replicaId());
        putIfPresent(ids, LogKey.COMPOSITION_ID, compositionOf(message));
        putIfPresent(ids, LogKey.INSTANCE_ID, instanceOf(message));
        return ids;
    }

    private static UUID compositionOf(ParticipantMessage message) {
        if (message instanceof ParticipantPrime prime) {
            return prime.compositionId();
        } else if (message instanceof ParticipantPrimeAck ack) {
            return ack.compositionId();
        } else if (message instanceof ParticipantDefinitionInfo info) {
            return info.compositionId();
        } else if (message instanceof ParticipantCompositionSync sync) {
            return sync.compositionId();
        } else if (message instanceof InstanceOrder order) {
            return order.compositionId();
        } else if (message instanceof InstanceSync sync) {
            return sync.compositionId();
        }
        return null;
    }

    private static UUID instanceOf(ParticipantMessage message) {
        if (message instanceof InstanceOrder order) {
            return order.instanceId();
        } else if (message instanceof InstanceSync sync) {
            return sync.instanceId();
        } else if (message instanceof InstanceElementAck ack) {
            return ack.instanceId();
        } else if (message instanceof InstanceElementAcks acks) {
            return acks.instanceId();
        } else if (message instanceof InstanceElementInfo info) {
            return info.instanceId();
        }
        return null;
    }

    private static void putIfPresent(Map<LogKey, Object> ids, LogKey key, UUID value) {
        if (value != null) {
            ids.put(key, value);
        }
    }
}
