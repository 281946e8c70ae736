package dev.acmr.runtime.participant.application;

import jakarta.ejb.ApplicationException;

/**
 * A client asked for a participant the runtime does not know. The message is ONAP's, word for word, because clients
 * of the ONAP API may match on it. An application exception: it reaches the caller as is, without rolling back.
 */
@ApplicationException
public class ParticipantNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param participantId the id as the client gave it, which may not even be a UUID */
    public ParticipantNotFoundException(String participantId) {
        super("Participant Not Found with ID: " + participantId);
    }
}
