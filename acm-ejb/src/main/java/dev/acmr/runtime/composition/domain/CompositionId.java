package dev.acmr.runtime.composition.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a composition definition (ONAP's compositionId), issued by the runtime at commissioning. */
public record CompositionId(UUID value) implements Comparable<CompositionId> {

    // UUID.fromString accepts "1-2-3-4-5"; an id that is not canonical is not an id we could have issued.
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    public CompositionId {
        Objects.requireNonNull(value, "composition id");
    }

    public static CompositionId random() {
        return new CompositionId(UUID.randomUUID());
    }

    /** Reads an id typed by a client; anything but a canonical UUID is empty rather than an error. */
    public static Optional<CompositionId> parse(String text) {
        if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CompositionId(UUID.fromString(text)));
    }

    /** PostgreSQL's uuid order (unsigned bytes), which the canonical text has too; UUID.compareTo differs. */
    @Override
    public int compareTo(CompositionId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
