package dev.acmr.participant.adapter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.messages.ParticipantMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** OpenMQ's connection events, fed by hand: what the connection's state and owner make of them. */
class BrokerConnectionTest {

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final BrokerConnection connection = new BrokerConnection(null, new ChannelListener() {
        @Override
        public void onMessage(ParticipantMessage message) {
            told.add("message");
        }

        @Override
        public void onLost(String reason) {
            told.add("lost");
        }

        @Override
        public void onRestored() {
            told.add("restored");
        }
    }, "127.0.0.1:7676");

    private static OpenMqClient.Event event(String type, String code) {
        return new OpenMqClient.Event(type, code, "test");
    }

    @Test
    void aDropAndOpenMqsOwnReconnectTellTheOwnerToCatchUp() {
        connection.onEvent(event("ConnectionClosedEvent", "E201"));
        assertEquals(ChannelState.RECONNECTING, connection.state());
        connection.onEvent(event("ConnectionReconnectFailedEvent", "E401"));
        connection.onEvent(event("ConnectionReconnectedEvent", "E301"));
        assertEquals(ChannelState.CONNECTED, connection.state());
        assertEquals(List.of("restored"), told);
    }

    @Test
    void eventsAfterOurOwnCloseAreIgnored() {
        connection.close();
        connection.onEvent(event("ConnectionReconnectedEvent", "E301"));
        assertEquals(ChannelState.CLOSED, connection.state());
        assertEquals(List.of(), told);
    }
}
