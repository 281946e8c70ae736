package dev.acmr.runtime.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The user and password of an HTTP Basic {@code Authorization} header (RFC 7617), read as UTF-8.
 *
 * <p>{@link #toString()} hides the password, so that logging the credentials cannot leak it.
 */
public record BasicCredentials(String user, String password) {

    private static final String SCHEME = "basic ";

    /** The credentials of a header, or empty if the header is absent, of another scheme, or malformed. */
    public static Optional<BasicCredentials> parse(String authorizationHeader) {
        if (authorizationHeader == null || !hasBasicScheme(authorizationHeader)) {
            return Optional.empty();
        }
        String token = authorizationHeader.substring(SCHEME.length()).strip();
        return decode(token).flatMap(BasicCredentials::split);
    }

    private static boolean hasBasicScheme(String header) {
        return header.length() > SCHEME.length()
                && header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME);
    }

    private static Optional<String> decode(String token) {
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    // The user cannot contain a colon (RFC 7617); the password can, so split at the first one.
    private static Optional<BasicCredentials> split(String userPass) {
        int colon = userPass.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(userPass.substring(0, colon), userPass.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=****]";
    }
}
