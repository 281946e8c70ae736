package dev.acmr.runtime.web.request;

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
 * carries them.
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
        chain.doFilter(request, response);
    }
}
