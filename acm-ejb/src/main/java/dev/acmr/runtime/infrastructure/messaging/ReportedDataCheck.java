package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.ElementOutProperties;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.runtime.composition.tosca.JsonTreeLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, on arrival, a participant report whose out-properties the runtime could store but never read back
 * ({@link JsonTreeLimits}): stored, they would make every read and sync of the composition or instance throw. The
 * whole report is refused, so that nothing of it is half applied; the entity stays as it was.
 */
final class ReportedDataCheck {

    private static final JsonTreeLimits LIMITS = new JsonTreeLimits();

    private ReportedDataCheck() {
    }

    /** Why {@code message} must be refused; empty for an acceptable report and for every other message. */
    static Optional<String> problem(ParticipantMessage message) {
        if (message instanceof InstanceElementAck ack) {
            return outProperties(ack.outProperties());
        }
        if (message instanceof InstanceElementAcks acks) {
            for (InstanceElementAck ack : acks.acks()) {
                Optional<String> problem = outProperties(ack.outProperties())
                        .map(found -> "element " + ack.elementId() + ": " + found);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (message instanceof InstanceElementInfo info) {
            return outProperties(info.outProperties());
        }
        if (message instanceof ParticipantDefinitionInfo info) {
            return outProperties(info.outProperties());
        }
        if (message instanceof ParticipantPrimeAck ack) {
            for (ElementOutProperties element : ack.outPropertiesList()) {
                Optional<String> problem = outProperties(element.outProperties())
                        .map(found -> element.elementName() + ":" + element.elementVersion() + ": " + found);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The ack's outcome without the out-properties it carried (use and operational state stay): what is applied of
     * an ack whose out-properties were refused. Of the acks of one dispatch, only those whose out-properties were
     * refused lose them, as if each had come alone. Any other message is returned as it is.
     */
    static ParticipantMessage withoutData(ParticipantMessage message) {
        if (message instanceof InstanceElementAcks acks) {
            return new InstanceElementAcks(acks.messageId(), acks.timestamp(), acks.participantId(), acks.replicaId(),
                    acks.instanceId(), acks.acks().stream()
                            .map(ack -> problem(ack).isPresent() ? (InstanceElementAck) withoutData(ack) : ack)
                            .toList());
        }
        if (message instanceof InstanceElementAck ack) {
            return new InstanceElementAck(ack.messageId(), ack.timestamp(), ack.participantId(), ack.replicaId(),
                    ack.instanceId(), ack.elementId(), ack.deployState(), ack.lockState(), ack.result(),
                    ack.message(), ack.useState(), ack.operationalState(), null, ack.orderRevision(), ack.stage(),
                    ack.dispatchId(), ack.reportSequence());
        }
        if (message instanceof ParticipantPrimeAck ack) {
            return new ParticipantPrimeAck(ack.messageId(), ack.timestamp(), ack.participantId(), ack.replicaId(),
                    ack.compositionId(), ack.compositionState(), ack.result(), ack.message(), ack.orderRevision(),
                    List.of(), ack.dispatchId());
        }
        return message;
    }

    private static Optional<String> outProperties(Map<String, Object> outProperties) {
        return outProperties == null ? Optional.empty()
                : LIMITS.violation(outProperties).map(found -> "out-properties refused: " + found);
    }
}
