package dev.acmr.runtime.web.request;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every response of the module ONAP's headers: the request id (the client's, or a new one) and the API
 * version. A servlet filter, first in the chain (see web.xml), so that even a 401 from the authentication filter
 * carries them. The request is handled under its id in the log context ({@link LogContext}): every line logged
 * while handling it, on this thread, carries it, and so does every message to participants it sends.
 */
public class OnapHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestCorrelation correlation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestId requestId = RequestId.fromHeader(request.getHeader(OnapHeaders.REQUEST_ID));
        correlation.assign(requestId);
        response.setHeader(OnapHeaders.REQUEST_ID, requestId.value());
        response.setHeader(OnapHeaders.LATEST_VERSION, OnapHeaders.API_VERSION);
        response.setHeader(OnapHeaders.MINOR_VERSION, OnapHeaders.API_MINOR);
        response.setHeader(OnapHeaders.PATCH_VERSION, OnapHeaders.API_PATCH);
        try (LogContext.Scope scope = LogContext.open(LogKey.REQUEST_ID, requestId.value())) {
            chain.doFilter(request, response);
        }
    }
}
