package dev.acmr.simulator.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * HTTP Basic on the whole control API, as ONAP's simulator. Credentials come from MicroProfile Config
 * ({@code participant.user} / {@code participant.password}), defaulting to ONAP's test credentials; they are read
 * per request, which is cheap, so a config source that changes at run time is honoured.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter {

    static final String DEFAULT_USER = "participantUser";
    static final String DEFAULT_PASSWORD = "zb!XztG34";
    private static final String CHALLENGE = "Basic realm=\"simparticipant\", charset=\"UTF-8\"";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!credentials().accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorDetails("authentication required")).build());
        }
    }

    private static BasicCredentials credentials() {
        Config config = ConfigProvider.getConfig();
        return new BasicCredentials(
                config.getOptionalValue("participant.user", String.class).orElse(DEFAULT_USER),
                config.getOptionalValue("participant.password", String.class).orElse(DEFAULT_PASSWORD));
    }
}
