package dev.acmr.participant.adapter.messaging;

import dev.acmr.messages.ParticipantMessage;

/** What the channel reports to its owner. Called on the messaging client's threads: return quickly. */
public interface ChannelListener {

    /** A decoded message addressed to this replica (the selector already filtered the rest). */
    void onMessage(ParticipantMessage message);

    /** The connection is gone for good (OpenMQ gave up, or the broker closed it): open a new one. */
    void onLost(String reason);

    /**
     * OpenMQ reconnected on its own after a drop: the subscription is back, but what the runtime published while it
     * was gone never reaches this replica (it is not durable), so the replica must catch up.
     */
    void onRestored();
}
