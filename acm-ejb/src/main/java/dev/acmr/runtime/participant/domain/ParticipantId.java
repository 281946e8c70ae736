package dev.acmr.runtime.participant.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a participant: shared by all its replicas, stable across their restarts. */
public record ParticipantId(UUID value) implements Comparable<ParticipantId> {

    // UUID.fromString accepts "1-2-3-4-5"; an id that is not canonical is not an id we could have issued.
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    public ParticipantId {
        Objects.requireNonNull(value, "participant id");
    }

    /** Reads an id typed by a client; anything but a canonical UUID is empty rather than an error. */
    public static Optional<ParticipantId> parse(String text) {
        if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantId(UUID.fromString(text)));
    }

    /**
     * Orders by the canonical text, which is PostgreSQL's uuid order (unsigned bytes); {@link UUID#compareTo}
     * compares signed longs and would disagree with the database's ORDER BY.
     */
    @Override
    public int compareTo(ParticipantId other) {
        return value.toString().compareTo(other.value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
