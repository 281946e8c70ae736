package dev.acmr.runtime.instance.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one report of a participant replica says about an element's data: its use state, operational state and
 * out-properties (null leaves the stored value alone), who sent it and where it stands in that replica's reports.
 *
 * @param kind an order's outcome (whose data is the replica's copy of the element) or a pushed info
 * @param replica the replica that sent the report
 * @param sequence the replica's number of the report, increasing with every report it sends; 0 if not counted
 */
public record ElementReport(Kind kind, UUID replica, long sequence, String useState, String operationalState,
        Map<String, Object> outProperties) {

    /** How the data came: as part of an order's outcome, or pushed on its own. */
    public enum Kind {
        ACK,
        INFO
    }

    public ElementReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(replica, "replica");
    }

    /** Whether the report is numbered; unnumbered reports come from senders that do not count and are applied. */
    public boolean isNumbered() {
        return sequence > 0;
    }
}
