package dev.acmr.runtime.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Participant messages this node's consumer received ({@value #RECEIVED}) and, of those, redeliveries
 * ({@value #REDELIVERED}: the broker delivered the message before, and the handling rolled back or the node that had
 * it went away), both by message type. Counted on receipt, whatever the handling does. Messages refused because their
 * sender's broker login is not the participant they name ({@value #REFUSED}), by type and reason,
 * as are reports whose data could not be stored and read back.
 */
@ApplicationScoped
public class MessageMetrics {

    static final String RECEIVED = "acm.messages.received.total";
    static final String REDELIVERED = "acm.messages.redelivered.total";
    static final String REFUSED = "acm.messages.refused.total";
    static final String TYPE_TAG = "type";
    static final String REASON_TAG = "reason";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry registry;

    public MessageMetrics() {
    }

    MessageMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param messageType the message's type header; null or blank counts as {@code unknown}
     * @param redelivered the JMSRedelivered flag, or a JMSXDeliveryCount above 1
     */
    public void received(String messageType, boolean redelivered) {
        Tag type = typeTag(messageType);
        registry.counter(Metadata.builder().withName(RECEIVED)
                .withDescription("Participant messages received by this node").build(), type).inc();
        if (redelivered) {
            registry.counter(Metadata.builder().withName(REDELIVERED)
                    .withDescription("Participant messages received again after a failed or lost delivery").build(),
                    type).inc();
        }
    }

    /**
     * @param messageType the message's type header
     * @param reason why it was refused, e.g. the sender check's verdict
     */
    public void refused(String messageType, String reason) {
        registry.counter(Metadata.builder().withName(REFUSED)
                .withDescription("Participant messages refused: their sender's broker login is not the participant "
                        + "they name, or their data could not be stored and read back").build(),
                typeTag(messageType), new Tag(REASON_TAG, reason)).inc();
    }

    private static Tag typeTag(String messageType) {
        return new Tag(TYPE_TAG, messageType == null || messageType.isBlank() ? "unknown" : messageType);
    }
}
