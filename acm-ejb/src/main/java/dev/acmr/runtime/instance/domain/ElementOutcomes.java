package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.shared.OrderBookkeeping;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the participants report about the elements of one instance while its orders run, applied to the instance:
 * an element finished, failed, reached a stage, reported its data, or was deleted by a migration. Obtained from
 * {@link AutomationCompositionInstance#outcomes()}; an order completes through the instance itself.
 */
public final class ElementOutcomes {

    private final AutomationCompositionInstance instance;
    private final List<InstanceElement> rows;
    private final InstanceProgress progress;
    private final OrderBookkeeping bookkeeping;

    ElementOutcomes(AutomationCompositionInstance instance, List<InstanceElement> rows, InstanceProgress progress,
            OrderBookkeeping bookkeeping) {
        this.instance = instance;
        this.rows = rows;
        this.progress = progress;
        this.bookkeeping = bookkeeping;
    }

    /** An element reports success: it takes the settled states, and what it reported is stored. */
    public void elementFinished(InstanceElement element, String message, Instant now) {
        InstanceStatus settled = progress.target().orElseThrow(
                () -> new IllegalStateException("No order runs on instance " + instance.id()));
        element.finish(progress.runningOrder().orElseThrow(), settled, message);
        bookkeeping.touch(now);
    }

    /** An element reports failure: the order stops, FAILED, until the user orders again. */
    public void elementFailed(InstanceElement element, String message, Instant now) {
        element.fail(message);
        progress.fail();
        bookkeeping.clearDeadline();
        bookkeeping.touch(now);
    }

    /**
     * Stores what a participant replica reported about an element's data (with an order's outcome or on its own),
     * unless the element holds newer data ({@link ReportOrder}). Returns whether the data changed hands: only then is
     * there a new revision for the replicas.
     */
    public boolean elementReported(InstanceElement element, ElementReport report) {
        if (!element.report(report)) {
            return false;
        }
        bookkeeping.revise();
        return true;
    }

    /**
     * A participant finished one stage of the running staged order on the element, and names its next stage; the
     * element stays in the order until it reports its final state.
     */
    public void elementStageReached(InstanceElement element, int next, String message, Instant now) {
        element.stageReached(next, message);
        bookkeeping.revise(now);
    }

    /**
     * A participant deleted an element the running migration (or its revert) takes away from it: the row goes, as
     * it would from the instance ONAP completes. The caller tells the participant's replicas if it runs no element
     * of the instance any more.
     */
    public void elementDeletedInMigration(InstanceElement element, Instant now) {
        if (!rows.remove(element)) {
            throw new IllegalArgumentException("instance " + instance.id() + " has no element " + element.id());
        }
        bookkeeping.revise(now);
    }

    /**
     * A phase or stage of the running order went to one replica for these elements: that replica works from what was
     * synced to it before, so only a report of another replica after this point is newer than what it will answer.
     */
    public void elementsDispatched(Collection<InstanceElement> dispatched) {
        dispatched.forEach(InstanceElement::dispatched);
    }
}
