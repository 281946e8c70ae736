package dev.acmr.runtime.infrastructure.messaging;

import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.ParticipantMessage;
import dev.acmr.runtime.participant.domain.BrokerLogin;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** Reads the sender's broker login from a received message and judges it against the participant it names. */
final class SenderLogins {

    /** The JMS-defined property OpenMQ's client fills with the connection's login ({@code imqSetJMSXUserID}). */
    static final String LOGIN_PROPERTY = "JMSXUserID";

    private SenderLogins() {
    }

    /**
     * The login against the participant the message names, and for the acks of one dispatch against the participant
     * each carried ack names too: a batch is refused whole if any of them names another participant.
     */
    static BrokerLogin.Verdict judge(Message message, ParticipantMessage decoded) {
        return judge(loginOf(message), decoded);
    }

    static BrokerLogin.Verdict judge(String login, ParticipantMessage decoded) {
        BrokerLogin.Verdict verdict = BrokerLogin.judge(login, decoded.participantId());
        if (verdict.accepted() && decoded instanceof InstanceElementAcks acks) {
            return acks.acks().stream().map(ack -> BrokerLogin.judge(login, ack.participantId()))
                    .filter(carried -> !carried.accepted()).findFirst().orElse(verdict);
        }
        return verdict;
    }

    /** The login, or null when the message carries none or it cannot be read. */
    static String loginOf(Message message) {
        try {
            return message.getStringProperty(LOGIN_PROPERTY);
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }
}
