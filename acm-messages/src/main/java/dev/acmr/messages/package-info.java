/**
 * The participant protocol: the messages the runtime and the participant adapter exchange over Jakarta Messaging.
 *
 * <p>Participants send to one queue ({@link dev.acmr.messages.Destinations#RUNTIME_QUEUE}) that the runtime nodes
 * consume as competing consumers, so each message is handled by exactly one node. The runtime sends to one topic
 * ({@link dev.acmr.messages.Destinations#PARTICIPANT_TOPIC}); every replica subscribes with a selector on the
 * {@link dev.acmr.messages.MessageHeaders} so the broker, not the replica, drops what is addressed to others. Bodies
 * are JSON (Jakarta JSON Binding) of the records in this package; the record class is named by the
 * {@code messageType} header, so both sides decode with the same {@link dev.acmr.messages.ParticipantMessageCodec}.
 */
package dev.acmr.messages;
