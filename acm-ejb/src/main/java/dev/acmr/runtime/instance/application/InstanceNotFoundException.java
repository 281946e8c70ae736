package dev.acmr.runtime.instance.application;

import jakarta.ejb.ApplicationException;

/** A client named an instance the runtime does not know: ONAP's 404. Thrown before anything is written. */
@ApplicationException
public class InstanceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param instanceId the id as the client gave it, which may not even be a UUID */
    public InstanceNotFoundException(String instanceId) {
        super("Automation composition instance not found: " + instanceId);
    }

    private InstanceNotFoundException(String message, boolean verbatim) {
        super(message);
    }

    /**
     * The instance has no snapshot to roll back to (ONAP's words): a change accepted before snapshots were kept.
     */
    public static InstanceNotFoundException forRollback() {
        return new InstanceNotFoundException("Instance not found for rollback", true);
    }
}
