/**
 * The participant's messaging client on the OpenMQ 6.5.0 client library (bundled in the RAR, not the container's
 * JMS resource adapter): one broker connection with OpenMQ auto-reconnect, a sender to the runtime queue, and a
 * non-durable topic subscriber with this replica's selector. Every message is a TextMessage whose JSON body comes from
 * {@link dev.acmr.messages.ParticipantMessageCodec} and whose {@code messageType}, {@code participantId} and
 * {@code replicaId} string properties let the broker and the runtime route it without decoding the body.
 */
package dev.acmr.participant.adapter.messaging;
