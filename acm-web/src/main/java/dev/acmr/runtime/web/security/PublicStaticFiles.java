package dev.acmr.runtime.web.security;

import java.util.List;

/**
 * The directories of static files served without credentials: pages, scripts and styles that hold no data (Swagger UI
 * and its webjar's files). The data they show comes from the API, which asks for credentials as everywhere.
 *
 * <p>Decided on the servlet path, which the container has already decoded and normalised, and which is the whole
 * path within the module only for what the static file servlet serves: a request routed to the REST API has the
 * application's servlet path ({@code /v2}) whatever its URI looks like, so no API call passes through here.
 */
final class PublicStaticFiles {

    private static final List<String> DIRECTORIES = List.of("/swagger", "/webjars");

    private PublicStaticFiles() {
    }

    /** Whether the servlet path is one of the directories or a file below one. */
    static boolean covers(String servletPath) {
        if (servletPath == null) {
            return false;
        }
        return DIRECTORIES.stream().anyMatch(directory -> servletPath.equals(directory)
                || servletPath.startsWith(directory + "/"));
    }
}
