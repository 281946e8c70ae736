package dev.acmr.runtime.infrastructure.messaging;

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

    static BrokerLogin.Verdict judge(Message message, ParticipantMessage decoded) {
        return BrokerLogin.judge(loginOf(message), decoded.participantId());
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
