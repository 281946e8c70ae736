package dev.acmr.runtime.web.request;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's id, for log lines written while handling it. Set by {@link OnapHeadersFilter} before
 * anything else runs; request-scoped, so nothing leaks from one request to the next on a pooled thread.
 */
@RequestScoped
public class RequestCorrelation {

    private RequestId requestId;

    public void assign(RequestId id) {
        this.requestId = id;
    }

    /** The request's id; a fresh one if the filter did not run (a request that bypassed the filter chain). */
    public RequestId requestId() {
        if (requestId == null) {
            requestId = RequestId.generate();
        }
        return requestId;
    }

    /** Suffix for log lines, so that every line about a request can be found by its id. */
    public String logTag() {
        return " [requestId=" + requestId() + "]";
    }
}
