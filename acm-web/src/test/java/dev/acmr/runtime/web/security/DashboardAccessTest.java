package dev.acmr.runtime.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DashboardAccessTest {

    @Test
    void theDashboardsFilesArePublic() {
        assertTrue(DashboardAccess.isPublic("/dashboard"));
        assertTrue(DashboardAccess.isPublic("/dashboard/"));
        assertTrue(DashboardAccess.isPublic("/dashboard/index.html"));
        assertTrue(DashboardAccess.isPublic("/dashboard/app.js"));
    }

    @Test
    void theApiAndEverythingElseAreNot() {
        assertFalse(DashboardAccess.isPublic("/v2"));
        assertFalse(DashboardAccess.isPublic("/v2/events"));
        assertFalse(DashboardAccess.isPublic("/dashboards"));
        assertFalse(DashboardAccess.isPublic("/dashboard.html"));
        assertFalse(DashboardAccess.isPublic("/"));
        assertFalse(DashboardAccess.isPublic(""));
        assertFalse(DashboardAccess.isPublic(null));
    }

    @Test
    void onlyAPagesScriptIsRefusedWithoutTheBasicChallenge() {
        assertFalse(DashboardAccess.challenges("XMLHttpRequest"));
        assertFalse(DashboardAccess.challenges("xmlhttprequest"));
        assertTrue(DashboardAccess.challenges(null));
        assertTrue(DashboardAccess.challenges("curl"));
    }
}
