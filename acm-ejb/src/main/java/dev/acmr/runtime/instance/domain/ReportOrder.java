package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The order in which one element's reports were applied: per replica, the number of the newest report applied, and
 * which replica's report set the element's data last during the running order. Both runtime nodes consume reports
 * and may apply two of one replica in reverse order; this is what keeps an older one from replacing a newer one.
 *
 * <p>Rules: a numbered report no newer than one already applied from its replica is stale and changes nothing. An
 * order's outcome (ack) carries the acking replica's own copy of the element's data, so when another replica reported
 * the element since the order started the ack's data is older than what is stored: the outcome counts (that is the
 * caller's business), its data does not. Reports of different replicas are otherwise applied as they come.
 * Immutable.
 */
public final class ReportOrder {

    private static final String NEWEST = "newest";
    private static final String REPORTED_THIS_ORDER = "reportedThisOrder";
    private static final ReportOrder NONE = new ReportOrder(Map.of(), null);

    private final Map<UUID, Long> newest;
    private final UUID reportedThisOrder;

    private ReportOrder(Map<UUID, Long> newest, UUID reportedThisOrder) {
        this.newest = Map.copyOf(newest);
        this.reportedThisOrder = reportedThisOrder;
    }

    /** No report applied yet. */
    public static ReportOrder none() {
        return NONE;
    }

    /** As stored: the newest number per replica, and the replica whose data the running order last stored. */
    public static ReportOrder of(Map<UUID, Long> newest, UUID reportedThisOrder) {
        return new ReportOrder(newest, reportedThisOrder);
    }

    /** Whether {@code report} comes after every report of its replica applied so far. */
    public boolean isCurrent(ElementReport report) {
        return !report.isNumbered() || report.sequence() > newest.getOrDefault(report.replica(), 0L);
    }

    /** Whether the element's data takes what {@code report} carries. */
    public boolean takesData(ElementReport report) {
        if (!isCurrent(report)) {
            return false;
        }
        return report.kind() == ElementReport.Kind.INFO || reportedThisOrder == null
                || reportedThisOrder.equals(report.replica());
    }

    /** The order after {@code report} was received; {@code dataTaken} as {@link #takesData} said. */
    public ReportOrder after(ElementReport report, boolean dataTaken) {
        if (!isCurrent(report)) {
            return this;
        }
        Map<UUID, Long> next = new HashMap<>(newest);
        if (report.isNumbered()) {
            next.put(report.replica(), report.sequence());
        }
        return new ReportOrder(next, dataTaken ? report.replica() : reportedThisOrder);
    }

    /** A new order starts: no replica reported the element during it yet; the numbers stay. */
    public ReportOrder orderStarted() {
        return new ReportOrder(newest, null);
    }

    /** Stored as JSON text: {"newest": {replica: number}, "reportedThisOrder": replica or null}. */
    public static ReportOrder fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        Map<String, Object> stored = new JsonDocumentReader().readObject(json);
        Map<UUID, Long> newest = new HashMap<>();
        if (stored.get(NEWEST) instanceof Map<?, ?> numbers) {
            numbers.forEach((replica, number) -> newest.put(UUID.fromString(replica.toString()),
                    ((Number) number).longValue()));
        }
        Object reported = stored.get(REPORTED_THIS_ORDER);
        return new ReportOrder(newest, reported == null ? null : UUID.fromString(reported.toString()));
    }

    public String toJson() {
        Map<String, Object> numbers = new TreeMap<>();
        newest.forEach((replica, number) -> numbers.put(replica.toString(), number));
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put(NEWEST, numbers);
        stored.put(REPORTED_THIS_ORDER, reportedThisOrder == null ? null : reportedThisOrder.toString());
        return new JsonDocumentWriter().write(stored);
    }

    public Map<UUID, Long> newest() {
        return newest;
    }

    public Optional<UUID> reportedThisOrder() {
        return Optional.ofNullable(reportedThisOrder);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportOrder order && newest.equals(order.newest)
                && Objects.equals(reportedThisOrder, order.reportedThisOrder);
    }

    @Override
    public int hashCode() {
        return newest.hashCode() * 31 + Objects.hashCode(reportedThisOrder);
    }

    @Override
    public String toString() {
        return "ReportOrder[" + newest + ", this order " + reportedThisOrder + "]";
    }
}
