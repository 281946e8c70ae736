package dev.acmr.runtime.web.request;

import dev.acmr.messages.logging.LogContext;
import dev.acmr.messages.logging.LogKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Adds the ids a matched path names (composition, instance, participant, replica) to the log context that
 * {@link OnapHeadersFilter} opened for the request, so that the request's log lines say what they are about without
 * every resource repeating it. The ids go with that scope when the request ends.
 */
@Provider
public class LogContextPathFilter implements ContainerRequestFilter {

    /** Path parameter names of our resources, by the log field they fill. */
    static final Map<LogKey, String> PATH_PARAMETERS = Map.of(
            LogKey.COMPOSITION_ID, "compositionId",
            LogKey.INSTANCE_ID, "instanceId",
            LogKey.PARTICIPANT_ID, "participantId",
            LogKey.REPLICA_ID, "replicaId");

    @Override
    public void filter(ContainerRequestContext request) {
        addPathIds(request.getUriInfo().getPathParameters());
    }

    static void addPathIds(MultivaluedMap<String, String> parameters) {
        PATH_PARAMETERS.forEach((key, name) -> LogContext.put(key, parameters.getFirst(name)));
    }
}
