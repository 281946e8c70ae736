package dev.acmr.simulator.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Checks an HTTP {@code Authorization: Basic ...} header against one user and password. */
final class BasicCredentials {

    private static final String PREFIX = "basic ";

    private final byte[] expected;

    BasicCredentials(String user, String password) {
        this.expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    /** True only for a well-formed Basic header carrying exactly these credentials. */
    boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.length() <= PREFIX.length()
                || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorizationHeader.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant time, so the response time does not reveal how much of the password matched.
        return MessageDigest.isEqual(expected, given);
    }
}
