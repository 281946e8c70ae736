package dev.acmr.runtime.instance.application;

import jakarta.ejb.ApplicationException;

/**
 * A request about an instance that the rules refuse: an invalid body, or an order the instance's state does not
 * allow. The message tells the client why (400). Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InstanceRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstanceRejectedException(String message) {
        super(message);
    }
}
