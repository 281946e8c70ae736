package dev.acmr.runtime.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicStaticFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/swagger", "/swagger/", "/swagger/index.html", "/swagger/initializer.js",
        "/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js"})
    void swaggerUiAndItsWebjarNeedNoCredentials(String servletPath) {
        assertTrue(PublicStaticFiles.covers("GET", servletPath), servletPath);
        assertTrue(PublicStaticFiles.covers("HEAD", servletPath), servletPath);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "/v2", "/v2/participants", "/swaggerish", "/webjars.txt", "/index.html",
        "/v2/swagger/index.html", "/WEBJARS/swagger-ui/5.35.0/swagger-ui.css"})
    void everythingElseDoes(String servletPath) {
        assertFalse(PublicStaticFiles.covers("GET", servletPath), servletPath);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "get"})
    void onlyReadsOfThemDo(String method) {
        assertFalse(PublicStaticFiles.covers(method, "/swagger/index.html"), method);
    }

    @Test
    void theWebjarsOwnDemoPageIsWithheld() {
        assertTrue(PublicStaticFiles.withheld("/webjars/swagger-ui/5.35.0/index.html"));
        assertTrue(PublicStaticFiles.withheld("/webjars/swagger-ui/5.35.0/swagger-initializer.js"));
        assertFalse(PublicStaticFiles.withheld("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js"));
        assertFalse(PublicStaticFiles.withheld("/swagger/index.html"));
        assertFalse(PublicStaticFiles.withheld("/dashboard/index.html"));
        assertFalse(PublicStaticFiles.withheld(null));
    }
}
