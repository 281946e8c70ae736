package dev.acmr.runtime.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeCredentialsTest {

    private final RuntimeCredentials credentials = new RuntimeCredentials("runtimeUser", "zb!XztG34");

    @Test
    void acceptsTheConfiguredUserAndPassword() {
        assertTrue(credentials.accepts(new BasicCredentials("runtimeUser", "zb!XztG34")));
    }

    @Test
    void rejectsAWrongPassword() {
        assertFalse(credentials.accepts(new BasicCredentials("runtimeUser", "zb!XztG35")));
        assertFalse(credentials.accepts(new BasicCredentials("runtimeUser", "zb!XztG34 ")));
        assertFalse(credentials.accepts(new BasicCredentials("runtimeUser", "")));
    }

    @Test
    void rejectsAWrongUser() {
        assertFalse(credentials.accepts(new BasicCredentials("RuntimeUser", "zb!XztG34")));
        assertFalse(credentials.accepts(new BasicCredentials("", "zb!XztG34")));
    }

    @Test
    void rejectsUserAndPasswordSwapped() {
        assertFalse(credentials.accepts(new BasicCredentials("zb!XztG34", "runtimeUser")));
    }
}
