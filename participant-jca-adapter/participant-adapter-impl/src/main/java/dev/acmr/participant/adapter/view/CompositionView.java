package dev.acmr.participant.adapter.view;

import dev.acmr.messages.ElementDefinition;
import dev.acmr.messages.ParticipantCompositionSync;
import dev.acmr.participant.adapter.mapping.WireStates;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The compositions this replica holds, kept in step with the runtime by revision.
 *
 * <p>The runtime's syncs may arrive twice, late or out of order (several runtime nodes publish), so a sync applies
 * only if its revision is newer than what is held; a delete is remembered with its revision, so that a late older
 * sync cannot bring the composition back. This replica's own changes (the composition of a prime order it runs, the
 * outcome and out-properties it reports) apply at once, because the participant reads them back before the runtime's
 * sync arrives; the sync then confirms or corrects them.
 *
 * <p>Writes are serialized by this object's lock, so each check-then-replace is atomic; reads take the current
 * immutable {@link ViewComposition} without locking.
 */
public final class CompositionView extends RevisionedView<ViewComposition> {


    /** Applies a sync if it is newer than what is held; true if it changed the view. */
    public synchronized boolean apply(ParticipantCompositionSync sync) {
        UUID id = sync.compositionId();
        if (id == null || !entries.acceptsSync(id, sync.revision())) {
            return false;
        }
        if (sync.deleted()) {
            entries.delete(id, sync.revision());
        } else {
            entries.put(id, ViewComposition.of(id, WireStates.toApi(sync.state()), sync.revision(), true,
                    sync.elements()), sync.writtenIn());
        }
        return true;
    }

    /**
     * Holds the composition of a prime or deprime order this replica is about to run, unless what is held is newer
     * (a stale order: the listener still gets the order's own composition). Unconfirmed until the runtime's sync.
     *
     * @return true if the view now holds the order's composition
     */
    public synchronized boolean holdOrdered(UUID id, long revision, AcTypeState state,
            List<ElementDefinition> elements) {
        if (!entries.acceptsOrder(id, revision)) {
            return false;
        }
        entries.put(id, ViewComposition.of(id, state, revision, false, elements));
        return true;
    }

    /**
     * Takes into account an outcome the participant reported, as ONAP's intermediary does: PRIMED sets the state, a
     * successful deprime (COMMISSIONED) drops the composition. A FAILED report changes nothing, because the runtime
     * keeps the composition PRIMING or DEPRIMING with FAILED too.
     */
    public synchronized void reported(UUID id, AcTypeState state, StateChangeResult result) {
        ViewComposition current = entries.get(id).orElse(null);
        if (current == null || result != StateChangeResult.NO_ERROR) {
            return;
        }
        if (state == AcTypeState.COMMISSIONED) {
            entries.delete(id, current.revision());
        } else {
            entries.put(id, current.withState(state));
        }
    }

    /**
     * Replaces the out-properties of one element at once; the revision stays, so the runtime's sync still applies.
     *
     * @return the element changed (ONAP's rule: no id means the only element)
     * @throws IllegalArgumentException if the composition or element is not held
     */
    public synchronized ToscaConceptIdentifier putOutProperties(UUID id, ToscaConceptIdentifier elementId,
            Map<String, Object> outProperties) {
        ViewComposition current = entries.get(id).orElse(null);
        if (current == null) {
            throw new IllegalArgumentException("composition " + id + " is not primed on this participant");
        }
        ToscaConceptIdentifier target = current.resolve(elementId);
        entries.put(id, current.withOutProperties(target, outProperties));
        return target;
    }

    /** Whether the composition is held with that element definition. */
    public boolean holds(UUID id, ToscaConceptIdentifier elementId) {
        return get(id).map(composition -> composition.elements().containsKey(elementId)).orElse(false);
    }

    public Optional<ViewComposition> get(UUID id) {
        return entries.get(id);
    }

    /** Every composition held. */
    public List<ViewComposition> all() {
        return List.copyOf(entries.values());
    }
}
