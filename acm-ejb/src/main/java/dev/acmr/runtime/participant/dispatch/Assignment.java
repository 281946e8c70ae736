package dev.acmr.runtime.participant.dispatch;

import dev.acmr.runtime.participant.domain.ReplicaAddress;
import java.util.UUID;

/**
 * A participant's part of an operation given to one replica: the replica, and the id of the dispatch record, which
 * the message carries and the replica's answers echo, so that an answer can be matched to the dispatch it answers.
 */
public record Assignment(ReplicaAddress replica, UUID dispatchId) {
}
