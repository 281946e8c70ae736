package dev.acmr.participant.adapter.messaging;

import dev.acmr.messages.ParticipantMessage;
import jakarta.jms.JMSException;

/** The participant's side of the protocol transport: open, send to the runtime, receive what is addressed to it. */
public interface ProtocolChannel {

    /**
     * Connects and subscribes, replacing any earlier connection.
     *
     * @return false if the broker is not reachable now (try again later)
     * @throws JMSException if the broker is reachable but refused (bad credentials, say)
     */
    boolean open(ChannelListener listener) throws JMSException;

    ChannelState state();

    /** Sends to the runtime queue; may block while OpenMQ reconnects, so check {@link #state()} first. */
    void send(ParticipantMessage message) throws JMSException;

    /** Closes the connection; never throws. Unblocks a send that waits for a reconnect. */
    void close();
}
