package dev.acmr.runtime.participant.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Which broker login may speak for which participant: participant {@code P} logs in to the broker as
 * {@code participant-P} (the launcher creates that user, with a password of its own, at the participant's first start),
 * and a message naming participant {@code P} is accepted only when its sender's login, as OpenMQ's client stamps it in
 * {@code JMSXUserID}, is that user. A participant's credentials then cannot register, heartbeat, deregister or
 * acknowledge as another participant.
 *
 * <p>What the check rests on: the broker authenticates the login (no guest user), and the adapter's OpenMQ client
 * overwrites {@code JMSXUserID} with it on every message it sends. OpenMQ's broker does not stamp or verify that
 * property itself, so a client written to set it by hand gets past this check with any participant's login; the
 * broker's access control still confines such a client to the runtime's inbound destinations (docs/operations.md,
 * "Who may connect to the broker").
 */
public final class BrokerLogin {

    /** The prefix of a participant's broker user name; the launcher's broker.sh names users the same way. */
    public static final String PARTICIPANT_USER_PREFIX = "participant-";

    /** What a message's login says about the participant it names. */
    public enum Verdict {
        /** The login is the named participant's own. */
        SENDER_MATCHES,
        /** No login was stamped: a client that does not identify itself. */
        NO_LOGIN,
        /** The login is another participant's, or no participant's at all. */
        ANOTHER_LOGIN;

        public boolean accepted() {
            return this == SENDER_MATCHES;
        }
    }

    private BrokerLogin() {
    }

    /** The broker user of {@code participantId}. */
    public static String userOf(UUID participantId) {
        return PARTICIPANT_USER_PREFIX + Objects.requireNonNull(participantId, "participantId");
    }

    /**
     * @param login the message's {@code JMSXUserID}, null or blank when none was stamped
     * @param claimedParticipant the participant the message names
     */
    public static Verdict judge(String login, UUID claimedParticipant) {
        if (login == null || login.isBlank()) {
            return Verdict.NO_LOGIN;
        }
        return claimedParticipant != null && login.equalsIgnoreCase(userOf(claimedParticipant))
                ? Verdict.SENDER_MATCHES : Verdict.ANOTHER_LOGIN;
    }
}
