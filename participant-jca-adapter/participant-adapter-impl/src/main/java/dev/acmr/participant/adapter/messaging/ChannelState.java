package dev.acmr.participant.adapter.messaging;

/** Where the broker connection stands. */
public enum ChannelState {
    /** No connection: never opened, closed, or lost for good. The session must open it again. */
    CLOSED,
    /** Connected; messages can be sent. */
    CONNECTED,
    /** The connection dropped and OpenMQ is reconnecting on its own; sending now would block until it is back. */
    RECONNECTING
}
