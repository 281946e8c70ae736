package dev.acmr.runtime.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/**
 * Whether this node reaches the broker now: a JMS session opens on the group's connection factory. Used to tell
 * "the participants went silent" from "this node could not hear them" (see the participant liveness sweep).
 */
@ApplicationScoped
public class BrokerConnectivity {

    @Resource(lookup = "jms/acmConnectionFactory")
    private ConnectionFactory connectionFactory;

    public boolean reachable() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
