package dev.acmr.participant.adapter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs against the real imq.jar (unpacked from mq-distribution and put on the test class path by the pom). */
class OpenMqClientTest {

    @Test
    void createsTheOpenMqFactoryWithReconnectForEver() throws Exception {
        BrokerSettings settings = new BrokerSettings("127.0.0.1:7677", "guest", "guest", Duration.ofMillis(1500));
        ConnectionFactory factory = OpenMqClient.connectionFactory(BrokerConnection.factoryProperties(settings));
        assertEquals(OpenMqClient.FACTORY_CLASS, factory.getClass().getName());
        Method getProperty = factory.getClass().getMethod("getProperty", String.class);
        assertEquals("127.0.0.1:7677", getProperty.invoke(factory, "imqAddressList"));
        assertEquals("true", getProperty.invoke(factory, "imqReconnectEnabled"));
        assertEquals("-1", getProperty.invoke(factory, "imqReconnectAttempts"));
        assertEquals("1500", getProperty.invoke(factory, "imqReconnectInterval"));
    }

    @Test
    void unknownPropertyIsAJmsException() {
        assertThrows(JMSException.class, () -> OpenMqClient.connectionFactory(Map.of("imqNoSuchProperty", "1")));
    }
}
