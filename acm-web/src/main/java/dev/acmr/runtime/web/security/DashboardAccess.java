package dev.acmr.runtime.web.security;

/**
 * What authentication makes of the dashboard. Its static files (HTML, script, style) hold no data, so anyone may
 * read them; the page asks for credentials and sends them with every API call, and everything else, the whole API
 * and its event stream included, requires them. A page's own calls, marked {@code X-Requested-With: XMLHttpRequest}
 * as script libraries do, are refused without the Basic challenge, so that a wrong password shows on the page
 * instead of the browser's own login dialog.
 */
public final class DashboardAccess {

    public static final String REQUESTED_WITH = "X-Requested-With";

    private static final String DASHBOARD = "/dashboard";
    private static final String SCRIPTED = "XMLHttpRequest";

    private DashboardAccess() {
    }

    /**
     * Whether the servlet path (decoded and normalised by the container, so {@code ..} segments cannot reach past
     * the dashboard) is one of the dashboard's files.
     */
    public static boolean isPublic(String servletPath) {
        return servletPath != null && (servletPath.equals(DASHBOARD) || servletPath.startsWith(DASHBOARD + "/"));
    }

    /** Whether a 401 answers with the Basic challenge: to every client but a page's script. */
    public static boolean challenges(String requestedWith) {
        return !SCRIPTED.equalsIgnoreCase(requestedWith);
    }
}
