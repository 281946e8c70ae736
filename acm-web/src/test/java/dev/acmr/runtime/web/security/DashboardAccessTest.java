package dev.acmr.runtime.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DashboardAccessTest {

    @Test
    void theDashboardsFilesArePublic() {
        assertTrue(PublicStaticFiles.covers("GET", "/dashboard"));
        assertTrue(PublicStaticFiles.covers("GET", "/dashboard/"));
        assertTrue(PublicStaticFiles.covers("GET", "/dashboard/index.html"));
        assertTrue(PublicStaticFiles.covers("GET", "/dashboard/app.js"));
    }

    @Test
    void theApiAndEverythingElseAreNot() {
        assertFalse(PublicStaticFiles.covers("GET", "/v2"));
        assertFalse(PublicStaticFiles.covers("GET", "/v2/events"));
        assertFalse(PublicStaticFiles.covers("GET", "/dashboards"));
        assertFalse(PublicStaticFiles.covers("GET", "/dashboard.html"));
        assertFalse(PublicStaticFiles.covers("GET", "/"));
        assertFalse(PublicStaticFiles.covers("GET", ""));
        assertFalse(PublicStaticFiles.covers("GET", null));
    }

    @Test
    void onlyAPagesScriptIsRefusedWithoutTheBasicChallenge() {
        assertFalse(DashboardAccess.challenges("XMLHttpRequest"));
        assertFalse(DashboardAccess.challenges("xmlhttprequest"));
        assertTrue(DashboardAccess.challenges(null));
        assertTrue(DashboardAccess.challenges("curl"));
    }
}
