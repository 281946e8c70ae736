package dev.acmr.client.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic credentials. The stack's own come from the environment the launcher reads too ({@code ACM_RUNTIME_USER},
 * {@code ACM_RUNTIME_PASSWORD}, {@code ACM_SIM_USER}, {@code ACM_SIM_PASSWORD}), so a client run beside it uses what
 * the stack was started with; unset or empty, ONAP's test defaults, as the launcher's.
 */
public record Credentials(String user, String password) {

    /** ONAP's test password, the default of both the runtime's and the simulator's user. */
    private static final String ONAP_TEST_PASSWORD = "zb!XztG34";

    /** The runtime's user, as {@code ./acm start} configures it. */
    public static Credentials runtime() {
        return new Credentials(env("ACM_RUNTIME_USER", "runtimeUser"), env("ACM_RUNTIME_PASSWORD", ONAP_TEST_PASSWORD));
    }

    /** The simulator replicas' user, as {@code ./acm start} and {@code ./acm sim start} configure it. */
    public static Credentials simulator() {
        return new Credentials(env("ACM_SIM_USER", "participantUser"), env("ACM_SIM_PASSWORD", ONAP_TEST_PASSWORD));
    }

    /** The same user with another password (a wrong one, say). */
    public Credentials withPassword(String other) {
        return new Credentials(user, other);
    }

    /** The Authorization header's value. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The user only: a password does not belong in a log or a failure message. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
