package dev.acmr.participant.adapter.session;

import java.util.Optional;

/**
 * Where the participant's session is found once its endpoint is active: the resource adapter, as the outbound
 * connections see it. An interface here, so that the outbound side depends on the session and not on the adapter
 * class that assembles everything.
 */
public interface ActiveSession {

    /** The running participant session, if the participant's endpoint is active. */
    Optional<ParticipantSession> currentSession();
}
