package dev.acmr.runtime.infrastructure.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The messages one transaction stored in the outbox, handed over for publication when, and only when, it commits.
 * A rolled-back transaction's rows are gone with it, and so are its messages.
 */
final class PendingPublication implements Synchronization {

    private final List<OutgoingMessage> messages = new ArrayList<>();
    private final BiConsumer<List<OutgoingMessage>, Long> onCommit;

    /** @param onCommit gets the messages in the order stored and {@link System#nanoTime()} at the commit */
    PendingPublication(BiConsumer<List<OutgoingMessage>, Long> onCommit) {
        this.onCommit = onCommit;
    }

    void add(OutgoingMessage message) {
        messages.add(message);
    }

    @Override
    public void beforeCompletion() {
        // stored with the transaction already
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED && !messages.isEmpty()) {
            onCommit.accept(List.copyOf(messages), System.nanoTime());
        }
    }
}
