package dev.acmr.runtime.web.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class OpenStreamsTest {

    private final OpenStreams streams = new OpenStreams();
    private final OutboundSseEvent event = new TextEvent("change", "{}");

    @Test
    void everyOpenStreamGetsEachEvent() {
        FakeSink first = new FakeSink(Behaviour.ACCEPTS);
        FakeSink second = new FakeSink(Behaviour.ACCEPTS);
        streams.add(first);
        streams.add(second);
        streams.sendToAll(event);
        streams.sendToAll(event);
        assertEquals(List.of(event, event), first.received);
        assertEquals(List.of(event, event), second.received);
        assertEquals(2, streams.size());
    }

    @Test
    void aClosedStreamIsDroppedAndSentNothing() {
        FakeSink closed = new FakeSink(Behaviour.ACCEPTS);
        FakeSink open = new FakeSink(Behaviour.ACCEPTS);
        streams.add(closed);
        streams.add(open);
        closed.closed = true;
        streams.sendToAll(event);
        assertEquals(List.of(), closed.received);
        assertEquals(List.of(event), open.received);
        assertEquals(1, streams.size());
    }

    @Test
    void aStreamWhoseSendFailsIsClosedAndDropped() {
        for (Behaviour failure : List.of(Behaviour.FAILS_LATER, Behaviour.THROWS)) {
            FakeSink broken = new FakeSink(failure);
            streams.add(broken);
            streams.sendToAll(event);
            assertTrue(broken.closed, failure.name());
            assertEquals(0, streams.size(), failure.name());
        }
    }

    @Test
    void closingAllClosesEveryStream() {
        FakeSink sink = new FakeSink(Behaviour.ACCEPTS);
        streams.add(sink);
        streams.closeAll();
        assertTrue(sink.closed);
        assertEquals(0, streams.size());
    }

    private enum Behaviour { ACCEPTS, FAILS_LATER, THROWS }

    private static final class FakeSink implements SseEventSink {

        private final Behaviour behaviour;
        private final List<OutboundSseEvent> received = new ArrayList<>();
        private boolean closed;

        FakeSink(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent sent) {
            switch (behaviour) {
                case THROWS -> throw new IllegalStateException("connection reset");
                case FAILS_LATER -> {
                    return CompletableFuture.failedFuture(new IllegalStateException("broken pipe"));
                }
                default -> {
                    received.add(sent);
                    return CompletableFuture.completedFuture(null);
                }
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private record TextEvent(String getName, Object getData) implements OutboundSseEvent {

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public Type getGenericType() {
            return String.class;
        }

        @Override
        public MediaType getMediaType() {
            return MediaType.TEXT_PLAIN_TYPE;
        }

        @Override
        public String getId() {
            return null;
        }

        @Override
        public String getComment() {
            return null;
        }

        @Override
        public long getReconnectDelay() {
            return -1;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return false;
        }
    }
}
