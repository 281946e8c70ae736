package dev.acmr.runtime.infrastructure.outbox;

import java.util.UUID;

/**
 * A participant message as it is stored in the outbox and published: its encoded body and the routing properties the
 * replicas' selectors match.
 *
 * @param outboxId the outbox row's key (not the protocol message id, which a resent message keeps)
 * @param type the message type header
 * @param participantId the addressed participant, null for every participant
 * @param replicaId the addressed replica, null for every replica of the participant
 * @param requestId the id of the REST request that led to it, null if none
 * @param body the JSON text
 */
public record OutgoingMessage(UUID outboxId, String type, UUID participantId, UUID replicaId, String requestId,
        String body) {
}
