package dev.acmr.messages;

import java.util.List;

/**
 * Which database transactions the runtime's read for a full sync could see: PostgreSQL's snapshot (every
 * transaction below {@code xmin} had ended, none from {@code xmax} on had, {@code inProgress} were running). A
 * replica keeps an entity the full sync did not list if the transaction that last sent it to the replica was not
 * seen: it committed after the read, so the listing could not include it.
 */
public record SyncSnapshot(long xmin, long xmax, List<Long> inProgress) {

    public SyncSnapshot {
        inProgress = inProgress == null ? List.of() : List.copyOf(inProgress);
    }

    /** Whether the read saw what {@code transaction} committed (0, unknown, counts as seen). */
    public boolean saw(long transaction) {
        if (transaction <= 0 || transaction < xmin) {
            return true;
        }
        return transaction < xmax && !inProgress.contains(transaction);
    }

    /** Parses PostgreSQL's text form {@code xmin:xmax:xip,xip,...} (of {@code txid_current_snapshot()}). */
    public static SyncSnapshot parse(String text) {
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a transaction snapshot: " + text);
        }
        List<Long> running = parts[2].isEmpty() ? List.of()
                : java.util.Arrays.stream(parts[2].split(",")).map(String::strip).map(Long::valueOf).toList();
        return new SyncSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), running);
    }
}
