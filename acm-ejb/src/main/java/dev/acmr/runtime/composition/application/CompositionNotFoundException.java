package dev.acmr.runtime.composition.application;

import jakarta.ejb.ApplicationException;

/**
 * A client named a composition definition the runtime does not know. An application exception: it reaches the
 * caller as is; it is always thrown before anything is written, so there is nothing to roll back.
 */
@ApplicationException
public class CompositionNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param compositionId the id as the client gave it, which may not even be a UUID */
    public CompositionNotFoundException(String compositionId) {
        super("Automation composition definition not found: " + compositionId);
    }
}
