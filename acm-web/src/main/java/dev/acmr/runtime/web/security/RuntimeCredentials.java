package dev.acmr.runtime.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The one user allowed to call the runtime API (ONAP has one user too), and the check of presented credentials.
 *
 * <p>The check takes the same time whichever part is wrong and however long it is: both sides are hashed to a
 * fixed length and compared with {@link MessageDigest#isEqual}, and the user and password are both always compared,
 * so response times do not tell an attacker how close a guess was.
 */
public final class RuntimeCredentials {

    private final byte[] userDigest;
    private final byte[] passwordDigest;

    public RuntimeCredentials(String user, String password) {
        this.userDigest = sha256(Objects.requireNonNull(user, "user"));
        this.passwordDigest = sha256(Objects.requireNonNull(password, "password"));
    }

    public boolean accepts(BasicCredentials presented) {
        boolean userMatches = MessageDigest.isEqual(userDigest, sha256(presented.user()));
        boolean passwordMatches = MessageDigest.isEqual(passwordDigest, sha256(presented.password()));
        return userMatches & passwordMatches;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
