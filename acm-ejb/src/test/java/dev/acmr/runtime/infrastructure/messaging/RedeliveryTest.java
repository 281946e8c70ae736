package dev.acmr.runtime.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** What the consumer counts as a redelivery: the broker's flag, or a delivery count above one. */
class RedeliveryTest {

    @Test
    void aFirstDeliveryIsNotARedelivery() {
        assertFalse(ParticipantMessageConsumer.isRedelivery(message(false, 1)));
        assertFalse(ParticipantMessageConsumer.isRedelivery(message(false, null)));
    }

    @Test
    void theRedeliveredFlagOrASecondDeliveryIs() {
        assertTrue(ParticipantMessageConsumer.isRedelivery(message(true, null)));
        assertTrue(ParticipantMessageConsumer.isRedelivery(message(false, 2)));
    }

    @Test
    void anUnreadableHeaderIsNotCountedAsOne() {
        Message broken = (Message) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> {
                    throw new JMSException("session closed");
                });
        assertFalse(ParticipantMessageConsumer.isRedelivery(broken));
    }

    private Message message(boolean redelivered, Integer deliveryCount) {
        return (Message) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getJMSRedelivered" -> redelivered;
                    case "propertyExists" -> deliveryCount != null && "JMSXDeliveryCount".equals(args[0]);
                    case "getIntProperty" -> deliveryCount;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
