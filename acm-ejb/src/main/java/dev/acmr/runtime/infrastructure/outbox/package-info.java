/**
 * The transactional outbox: how the runtime publishes only what committed with one resource in its transactions.
 * Services send through {@link dev.acmr.runtime.participant.application.ParticipantMessageSender}; its implementation
 * stores each message in the {@code message_outbox} table within the caller's transaction, and the node's relay hands
 * it to the broker after the commit. Rows a stopped node left are published by a sweep of any node.
 */
package dev.acmr.runtime.infrastructure.outbox;
