package dev.acmr.participant.adapter.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaces {@code ${key}} and {@code ${key:default}} in a configuration value.
 *
 * <p>The first colon after the key separates it from the default, so a default may itself contain colons
 * ({@code ${types:Sim:1.0.0}} has key {@code types} and default {@code Sim:1.0.0}). An empty default
 * ({@code ${key:}}) is allowed and yields an empty string. Placeholders do not nest, and a resolved value is not
 * scanned again, so a value containing {@code ${} cannot recurse.
 */
public final class PlaceholderResolver {

    private static final String OPEN = "${";
    private static final char CLOSE = '}';

    private final Function<String, Optional<String>> lookup;

    /** @param lookup the value for a key, empty when the key is not set anywhere */
    public PlaceholderResolver(Function<String, Optional<String>> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Resolves every placeholder in {@code value}; null stays null.
     *
     * @throws IllegalArgumentException if a key has no value and no default, or a placeholder is not closed
     */
    public String resolve(String value) {
        if (value == null || !value.contains(OPEN)) {
            return value;
        }
        StringBuilder result = new StringBuilder(value.length());
        int position = 0;
        while (position < value.length()) {
            int start = value.indexOf(OPEN, position);
            if (start < 0) {
                result.append(value, position, value.length());
                break;
            }
            int end = value.indexOf(CLOSE, start + OPEN.length());
            if (end < 0) {
                throw new IllegalArgumentException("placeholder in '" + value + "' is not closed with '}'");
            }
            result.append(value, position, start);
            result.append(valueOf(value.substring(start + OPEN.length(), end)));
            position = end + 1;
        }
        return result.toString();
    }

    private String valueOf(String expression) {
        int colon = expression.indexOf(':');
        String key = (colon < 0 ? expression : expression.substring(0, colon)).strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("placeholder '${" + expression + "}' has no key");
        }
        Optional<String> found = lookup.apply(key);
        if (found.isPresent()) {
            return found.get();
        }
        if (colon >= 0) {
            return expression.substring(colon + 1);
        }
        throw new IllegalArgumentException("no value for '${" + key + "}': set the MicroProfile Config property, "
                + "system property or environment variable " + key + ", or give a default as ${" + key + ":default}");
    }
}
