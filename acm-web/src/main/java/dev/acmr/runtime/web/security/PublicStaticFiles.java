package dev.acmr.runtime.web.security;

import java.util.List;
import java.util.Set;

/**
 * The paths served without credentials: pages, scripts and styles that hold no data (the dashboard, Swagger UI and its
 * webjar's files) and the OpenAPI document (which the server's own {@code /openapi} shows to anyone too). The data
 * the pages show comes from the API, which asks for credentials as everywhere. Only reads (GET, HEAD) pass: the
 * static file servlet answers nothing else, and anonymous uploads stay refused here.
 *
 * <p>Decided on the servlet path, which the container has already decoded and normalised, and which is the whole
 * path within the module only for what the static file servlet serves: a request routed to the REST API has the
 * application's servlet path ({@code /v2}) whatever its URI looks like, so no API call passes through here.
 */
final class PublicStaticFiles {

    private static final List<String> DIRECTORIES = List.of("/dashboard", "/swagger", "/webjars", "/openapi");
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private PublicStaticFiles() {
    }

    /**
     * Whether the path is a page of the webjar that is not ours to serve: Swagger UI's own demo page and its
     * initializer load an example document from the internet; our page ({@code /swagger/}) replaces them.
     */
    static boolean withheld(String servletPath) {
        return servletPath != null && servletPath.startsWith("/webjars/")
                && (servletPath.endsWith("/index.html") || servletPath.endsWith("/swagger-initializer.js"));
    }

    /** Whether the request reads one of the directories or a file below one. */
    static boolean covers(String method, String servletPath) {
        if (method == null || servletPath == null || !READS.contains(method)) {
            return false;
        }
        return DIRECTORIES.stream().anyMatch(directory -> servletPath.equals(directory)
                || servletPath.startsWith(directory + "/"));
    }
}
