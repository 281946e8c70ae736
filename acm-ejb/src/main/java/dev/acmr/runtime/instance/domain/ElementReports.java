package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.tosca.JsonDocumentReader;
import dev.acmr.runtime.composition.tosca.JsonDocumentWriter;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;
import java.util.Optional;

/**
 * What the participants report about an element's data (its use and operational state and out-properties), and
 * which reports of which replica that data reflects ({@link ReportOrder}), so that an older report, or a redelivered
 * one, does not overwrite newer data. Embedded in the element's row; only the element changes it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class ElementReports {

    @Column(name = "use_state")
    private String useState;

    @Column(name = "operational_state")
    private String operationalState;

    @Column(name = "out_properties", nullable = false)
    private String outProperties = "{}";

    // JSON text of a ReportOrder.
    @Column(name = "report_order", nullable = false)
    private String reportOrder = ReportOrder.none().toJson();

    protected ElementReports() {
        // for JPA
    }

    /** A new element's: nothing reported, no out-properties. */
    static ElementReports none() {
        return new ElementReports();
    }

    public Optional<String> useState() {
        return Optional.ofNullable(useState);
    }

    public Optional<String> operationalState() {
        return Optional.ofNullable(operationalState);
    }

    public Map<String, Object> outProperties() {
        return new JsonDocumentReader().readObject(outProperties);
    }

    /** An order starts on the element: reports from before it are older than any that answers it. */
    void orderStarted() {
        this.reportOrder = ReportOrder.fromJson(reportOrder).orderStarted().toJson();
    }

    /** A rollback brings back the out-properties the snapshot recorded. */
    void restoreOutProperties(Map<String, Object> before) {
        this.outProperties = new JsonDocumentWriter().write(before);
    }

    /**
     * Stores what a replica reported, unless {@link ReportOrder} says the element holds newer data; a null value
     * leaves the stored one alone. Returns whether the element's data took the report.
     */
    boolean take(ElementReport report) {
        ReportOrder order = ReportOrder.fromJson(reportOrder);
        boolean taken = order.takesData(report);
        this.reportOrder = order.after(report, taken).toJson();
        if (!taken) {
            return false;
        }
        if (report.useState() != null) {
            this.useState = report.useState();
        }
        if (report.operationalState() != null) {
            this.operationalState = report.operationalState();
        }
        if (report.outProperties() != null) {
            this.outProperties = new JsonDocumentWriter().write(report.outProperties());
        }
        return true;
    }
}
