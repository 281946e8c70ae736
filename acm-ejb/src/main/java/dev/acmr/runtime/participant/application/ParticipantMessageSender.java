package dev.acmr.runtime.participant.application;

import dev.acmr.messages.ParticipantMessage;

/**
 * Sends a protocol message to the participants it is addressed to. Implemented by the messaging infrastructure;
 * declared here so that the services depend on what they need, not on Jakarta Messaging.
 *
 * <p>A message is sent as part of the caller's transaction: it leaves only if the transaction commits.
 */
public interface ParticipantMessageSender {

    void send(ParticipantMessage message);
}
