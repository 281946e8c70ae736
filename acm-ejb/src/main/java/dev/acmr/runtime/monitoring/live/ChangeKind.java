package dev.acmr.runtime.monitoring.live;

import java.util.Locale;

/** What changed; its {@link #wireName()} is the {@code kind} of the notice on the event stream. */
public enum ChangeKind {
    COMPOSITION,
    INSTANCE,
    PARTICIPANT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
