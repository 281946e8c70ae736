package dev.acmr.participant.api;

/**
 * Thrown by a listener that cannot carry out an order. The adapter reports the element FAILED with this message and
 * reverts it to its state before the order, as ONAP's intermediary does with PfModelException.
 */
public class ParticipantException extends Exception {

    private static final long serialVersionUID = 1L;

    public ParticipantException(String message) {
        super(message);
    }

    public ParticipantException(String message, Throwable cause) {
        super(message, cause);
    }
}
