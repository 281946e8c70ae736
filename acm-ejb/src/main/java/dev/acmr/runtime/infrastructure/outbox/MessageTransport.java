package dev.acmr.runtime.infrastructure.outbox;

/** Hands stored messages to the broker; implemented by the messaging infrastructure. Called by one thread. */
public interface MessageTransport {

    /**
     * Sends the message now, outside any transaction.
     *
     * @return whether the broker took it; false leaves it in the outbox, for a later sweep
     */
    boolean send(OutgoingMessage message);
}
