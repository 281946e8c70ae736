package dev.acmr.simulator.web;

import jakarta.resource.ResourceException;

/** Calls on the adapter from the control API, which may find it not there (not deployed, endpoint not active). */
final class AdapterCalls {

    /** A call on the adapter. */
    @FunctionalInterface
    interface AdapterCall<T> {
        T call() throws ResourceException;
    }

    private AdapterCalls() {
    }

    /** @throws RejectedRequestException 503 if the adapter cannot answer */
    static <T> T adapter(AdapterCall<T> call) {
        try {
            return call.call();
        } catch (ResourceException | IllegalStateException e) {
            throw RejectedRequestException.unavailable(e);
        }
    }
}
