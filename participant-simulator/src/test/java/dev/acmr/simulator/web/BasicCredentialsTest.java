package dev.acmr.simulator.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private final BasicCredentials credentials = new BasicCredentials("participantUser", "zb!XztG34");

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheConfiguredCredentials() {
        assertTrue(credentials.accepts(basic("participantUser:zb!XztG34")));
        assertTrue(credentials.accepts(basic("participantUser:zb!XztG34").replace("Basic", "basic")));
    }

    @Test
    void refusesEverythingElse() {
        assertFalse(credentials.accepts(null));
        assertFalse(credentials.accepts(""));
        assertFalse(credentials.accepts("Basic "));
        assertFalse(credentials.accepts("Basic !!notbase64"));
        assertFalse(credentials.accepts("Bearer abc"));
        assertFalse(credentials.accepts(basic("participantUser:wrong")));
        assertFalse(credentials.accepts(basic("participantUser:zb!XztG34x")));
        assertFalse(credentials.accepts(basic("other:zb!XztG34")));
    }
}
