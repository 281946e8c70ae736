package dev.acmr.runtime.web.events;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event streams open on this node. Sending to all of them drops each one that is closed or whose send fails
 * (the client went away), so a node does not keep writing to connections nobody reads.
 */
final class OpenStreams {

    private final Set<SseEventSink> sinks = ConcurrentHashMap.newKeySet();

    void add(SseEventSink sink) {
        sinks.add(sink);
    }

    int size() {
        return sinks.size();
    }

    void sendToAll(OutboundSseEvent event) {
        for (SseEventSink sink : sinks) {
            send(sink, event);
        }
    }

    /** Sends to one stream, dropping it if it is closed or the send fails, at once or later. */
    void send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            sinks.remove(sink);
            return;
        }
        try {
            CompletionStage<?> sent = sink.send(event);
            sent.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    drop(sink);
                }
            });
        } catch (RuntimeException e) {
            drop(sink);
        }
    }

    void closeAll() {
        sinks.forEach(this::drop);
    }

    private void drop(SseEventSink sink) {
        sinks.remove(sink);
        try {
            sink.close();
        } catch (RuntimeException e) {
            // already broken: nothing left to release
        }
    }
}
