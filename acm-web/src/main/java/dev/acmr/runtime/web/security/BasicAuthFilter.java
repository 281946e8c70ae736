package dev.acmr.runtime.web.security;

import dev.acmr.runtime.web.request.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic authentication on every path of the module, as ONAP's runtime requires it everywhere. A servlet filter
 * rather than a JAX-RS filter so that no path of the module escapes it, JAX-RS or not. The only paths it lets through
 * without credentials are static files that hold no data ({@link PublicStaticFiles}).
 *
 * <p>The credentials are MicroProfile Config {@code acm.runtime.user} and {@code acm.runtime.password}. Their defaults,
 * {@code runtimeUser} / {@code zb!XztG34}, are ONAP's test credentials: development defaults, to be overridden on any
 * server that is not a developer's machine.
 */
public class BasicAuthFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BasicAuthFilter.class.getName());
    private static final String CHALLENGE = "Basic realm=\"acm\"";
    private static final String UNAUTHORIZED_BODY =
            "{\"errorDetails\":\"Full authentication is required to access this resource\"}";

    @Inject
    @ConfigProperty(name = "acm.runtime.user", defaultValue = "runtimeUser")
    private transient String user;

    @Inject
    @ConfigProperty(name = "acm.runtime.password", defaultValue = "zb!XztG34")
    private transient String password;

    @Inject
    private transient RequestCorrelation correlation;

    private transient RuntimeCredentials credentials;

    @Override
    public void init() {
        credentials = new RuntimeCredentials(user, password);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PublicStaticFiles.withheld(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean authenticated = BasicCredentials.parse(request.getHeader("Authorization"))
                .map(credentials::accepts)
                .orElse(false);
        if (authenticated || PublicStaticFiles.covers(request.getMethod(), request.getServletPath())) {
            chain.doFilter(request, response);
        } else {
            LOG.fine(() -> "Rejected unauthenticated " + request.getMethod() + " " + request.getRequestURI()
                    + correlation.logTag());
            reject(response, DashboardAccess.challenges(request.getHeader(DashboardAccess.REQUESTED_WITH)));
        }
    }

    private static void reject(HttpServletResponse response, boolean challenge) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (challenge) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(UNAUTHORIZED_BODY);
    }
}
