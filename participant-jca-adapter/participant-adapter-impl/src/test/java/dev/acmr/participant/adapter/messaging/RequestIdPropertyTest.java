package dev.acmr.participant.adapter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.ElementDeployState;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceOperation;
import dev.acmr.messages.InstanceOrder;
import dev.acmr.messages.MessageHeaders;
import dev.acmr.messages.OperationResult;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantMessageCodec;
import dev.acmr.messages.ParticipantMessageType;
import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import jakarta.jms.Connection;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request id travels as the optional JMS property {@code requestId}, both ways, with plain JMS fakes. */
class RequestIdPropertyTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID REPLICA = UUID.randomUUID();
    private final ParticipantMessageCodec codec = new ParticipantMessageCodec();
    private final List<TextMessage> sent = new ArrayList<>();
    private final List<MessageListener> subscribers = new ArrayList<>();

    @Test
    void aReportSentUnderARequestIdCarriesItAndOneWithoutCarriesNone() throws Exception {
        MessageSender sender = new MessageSender(connection(), codec, Duration.ofSeconds(3));
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, "req-5")) {
            sender.send(ack());
        }
        sender.send(ack());
        assertEquals("req-5", sent.get(0).getStringProperty(MessageHeaders.REQUEST_ID));
        assertNull(sent.get(1).getStringProperty(MessageHeaders.REQUEST_ID));
    }

    @Test
    void anOrderIsHandledUnderItsRequestIdAndTheIdsItNames() throws Exception {
        List<Map<String, String>> handledUnder = new ArrayList<>();
        TopicSubscriber.subscribe(connection(), "selector", codec, new ChannelListener() {
            @Override
            public void onMessage(ParticipantMessage message) {
                handledUnder.add(LogContext.fields());
            }

            @Override
            public void onLost(String reason) {
            }

            @Override
            public void onRestored() {
            }
        });
        UUID instance = UUID.randomUUID();
        UUID composition = UUID.randomUUID();
        InstanceOrder order = new InstanceOrder(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, instance,
                composition, InstanceOperation.DEPLOY, 1, 0, List.of());
        Map<String, String> properties = new HashMap<>(Map.of(MessageHeaders.REQUEST_ID, "req-6",
                MessageHeaders.MESSAGE_TYPE, ParticipantMessageType.of(order).name()));
        subscribers.get(0).onMessage(textMessage(codec.encode(order), properties));

        assertEquals(List.of(Map.of("requestId", "req-6", "compositionId", composition.toString(),
                "instanceId", instance.toString(), "participantId", PARTICIPANT.toString(),
                "replicaId", REPLICA.toString())), handledUnder);
        assertTrue(LogContext.fields().isEmpty(), "the delivery thread keeps nothing");
    }

    private static InstanceElementAck ack() {
        return new InstanceElementAck(UUID.randomUUID(), Instant.now(), PARTICIPANT, REPLICA, UUID.randomUUID(),
                UUID.randomUUID(), ElementDeployState.DEPLOYED, null, OperationResult.NO_ERROR, "Deployed", null, null,
                null, 1);
    }

    private Connection connection() {
        Object producer = fake(jakarta.jms.MessageProducer.class, (method, args) -> {
            if (method.equals("send")) {
                sent.add((TextMessage) args[0]);
            }
            return null;
        });
        Object consumer = fake(jakarta.jms.MessageConsumer.class, (method, args) -> {
            if (method.equals("setMessageListener")) {
                subscribers.add((MessageListener) args[0]);
            }
            return null;
        });
        Object session = fake(jakarta.jms.Session.class, (method, args) -> switch (method) {
            case "createProducer" -> producer;
            case "createConsumer" -> consumer;
            case "createTextMessage" -> textMessage((String) args[0], new HashMap<>());
            default -> null;
        });
        return fake(Connection.class, (method, args) -> method.equals("createSession") ? session : null);
    }

    private static TextMessage textMessage(String text, Map<String, String> properties) {
        return fake(TextMessage.class, (method, args) -> switch (method) {
            case "getText" -> text;
            case "getStringProperty" -> properties.get((String) args[0]);
            case "setStringProperty" -> properties.put((String) args[0], (String) args[1]);
            default -> null;
        });
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(RequestIdPropertyTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
