package dev.acmr.runtime.web.security;

/**
 * What authentication makes of the dashboard. Its static files (HTML, script, style) hold no data, so anyone may
 * read them ({@link PublicStaticFiles}); the page asks for credentials and sends them with every API call, and
 * everything else, the whole API and its event stream included, requires them. A page's own calls, marked {@code X-Requested-With: XMLHttpRequest}
 * as script libraries do, are refused without the Basic challenge, so that a wrong password shows on the page
 * instead of the browser's own login dialog.
 */
public final class DashboardAccess {

    public static final String REQUESTED_WITH = "X-Requested-With";

    private static final String SCRIPTED = "XMLHttpRequest";

    private DashboardAccess() {
    }

    /** Whether a 401 answers with the Basic challenge: to every client but a page's script. */
    public static boolean challenges(String requestedWith) {
        return !SCRIPTED.equalsIgnoreCase(requestedWith);
    }
}
