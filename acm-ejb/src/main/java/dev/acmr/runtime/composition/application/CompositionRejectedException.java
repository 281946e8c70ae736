package dev.acmr.runtime.composition.application;

import jakarta.ejb.ApplicationException;

/**
 * A request about a composition definition that the rules refuse: an invalid service template, or an operation the
 * definition's state does not allow. The message tells the client why. Rolls the transaction back, so that a
 * refusal found after some change leaves nothing behind either.
 */
@ApplicationException(rollback = true)
public class CompositionRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CompositionRejectedException(String message) {
        super(message);
    }
}
