package dev.acmr.simulator.web;

/** Calls on the adapter from the control API, which may find it not there (not deployed, endpoint not active). */
final class AdapterCalls {

    /** A call on the adapter. */
    @FunctionalInterface
    interface AdapterCall<T> {
        T call();
    }

    private AdapterCalls() {
    }

    /** @throws RejectedRequestException 503 if the adapter cannot answer */
    static <T> T adapter(AdapterCall<T> call) {
        try {
            return call.call();
        } catch (IllegalStateException e) {
            throw RejectedRequestException.unavailable(e);
        }
    }
}
