package dev.acmr.runtime.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Transactional;

/**
 * Whether this node reaches the broker now: a JMS session opens on the group's connection factory. Used to tell
 * "the participants went silent" from "this node could not hear them" (see the participant liveness sweep).
 */
@ApplicationScoped
public class BrokerConnectivity {

    @Resource(lookup = "jms/acmConnectionFactory")
    private ConnectionFactory connectionFactory;

    /**
     * Outside any transaction: an enlisted probe would make the caller's commit fail when the broker goes away
     * (an XA branch on a dead connection), and a timer whose callback fails twice is cancelled by the container.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean reachable() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
