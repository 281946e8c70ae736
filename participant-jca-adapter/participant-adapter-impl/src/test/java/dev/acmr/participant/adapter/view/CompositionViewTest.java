package dev.acmr.participant.adapter.view;

import static dev.acmr.participant.adapter.view.CompositionFixtures.deleted;
import static dev.acmr.participant.adapter.view.CompositionFixtures.element;
import static dev.acmr.participant.adapter.view.CompositionFixtures.sync;
import static dev.acmr.participant.adapter.view.CompositionFixtures.twoElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.messages.CompositionState;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Syncs apply in revision order, whatever order they arrive in; this replica's own changes fit in. */
class CompositionViewTest {

    private static final ToscaConceptIdentifier A = new ToscaConceptIdentifier("a", "1.2.3");

    private final CompositionView view = new CompositionView();
    private final UUID id = UUID.randomUUID();

    private AcTypeState state() {
        return view.get(id).orElseThrow().state();
    }

    private long revision() {
        return view.get(id).orElseThrow().revision();
    }

    @Test
    void newerSyncAppliesOlderAndEqualAreIgnored() {
        assertTrue(view.apply(sync(id, 5, CompositionState.PRIMING, twoElements())));
        assertTrue(view.apply(sync(id, 7, CompositionState.PRIMED, twoElements())));
        assertFalse(view.apply(sync(id, 6, CompositionState.PRIMING, List.of())));
        assertFalse(view.apply(sync(id, 7, CompositionState.DEPRIMING, List.of())));
        assertEquals(AcTypeState.PRIMED, state());
        assertEquals(7, revision());
        assertEquals(2, view.get(id).orElseThrow().elements().size());
    }

    @Test
    void syncHoldsStateRevisionAndElementsByDefinitionId() {
        view.apply(sync(id, 3, CompositionState.PRIMED, twoElements()));
        ViewComposition held = view.get(id).orElseThrow();
        ViewElement a = held.elements().get(A);
        assertEquals(CompositionFixtures.TYPE, a.typeName());
        assertEquals("1.0.0", a.typeVersion());
        assertEquals("http://x", a.properties().get("url"));
        assertEquals("yes", a.outProperties().get("kept"));
        assertTrue(a.outProperties().containsKey("unset"));
        assertEquals(Map.of(), held.elements().get(new ToscaConceptIdentifier("b", "1.0.0")).properties());
    }

    @Test
    void deleteRemovesAndALateOlderSyncCannotResurrect() {
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        assertTrue(view.apply(deleted(id, 8)));
        assertTrue(view.get(id).isEmpty());
        assertFalse(view.apply(sync(id, 7, CompositionState.PRIMED, twoElements())));
        assertFalse(view.apply(sync(id, 8, CompositionState.PRIMED, twoElements())));
        assertTrue(view.all().isEmpty());
        assertTrue(view.apply(sync(id, 9, CompositionState.PRIMING, twoElements())));
        assertEquals(AcTypeState.PRIMING, state());
    }

    @Test
    void deleteOfAnUnknownCompositionIsRememberedToo() {
        assertTrue(view.apply(deleted(id, 4)));
        assertFalse(view.apply(sync(id, 3, CompositionState.PRIMED, twoElements())));
        assertTrue(view.get(id).isEmpty());
    }

    @Test
    void primeOrderIsHeldUnconfirmedAndTheRuntimesSyncOfThatRevisionStillApplies() {
        assertTrue(view.holdOrdered(id, 10, AcTypeState.PRIMING, twoElements()));
        assertFalse(view.get(id).orElseThrow().confirmed());
        assertFalse(view.apply(sync(id, 9, CompositionState.COMMISSIONED, List.of())));
        assertTrue(view.apply(sync(id, 10, CompositionState.PRIMING, twoElements())));
        assertTrue(view.get(id).orElseThrow().confirmed());
        assertFalse(view.apply(sync(id, 10, CompositionState.PRIMING, twoElements())));
    }

    @Test
    void staleOrderLeavesANewerViewAlone() {
        view.apply(sync(id, 12, CompositionState.PRIMED, twoElements()));
        assertFalse(view.holdOrdered(id, 11, AcTypeState.PRIMING, List.of()));
        assertEquals(AcTypeState.PRIMED, state());
    }

    @Test
    void reportedOutcomesChangeTheViewAsOnapsIntermediary() {
        view.holdOrdered(id, 10, AcTypeState.PRIMING, twoElements());
        view.reported(id, AcTypeState.COMMISSIONED, StateChangeResult.FAILED);
        assertEquals(AcTypeState.PRIMING, state());
        view.reported(id, AcTypeState.PRIMED, StateChangeResult.NO_ERROR);
        assertEquals(AcTypeState.PRIMED, state());

        view.holdOrdered(id, 11, AcTypeState.DEPRIMING, twoElements());
        view.reported(id, AcTypeState.COMMISSIONED, StateChangeResult.NO_ERROR);
        assertTrue(view.get(id).isEmpty());
        assertFalse(view.apply(sync(id, 11, CompositionState.DEPRIMING, twoElements())), "late sync of the deprime");
        assertTrue(view.apply(deleted(id, 12)));
    }

    @Test
    void outPropertiesChangeAtOnceAndTheNextSyncStillApplies() {
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        assertEquals(A, view.putOutProperties(id, A, Map.of("pushed", 1)));
        assertEquals(Map.of("pushed", 1), view.get(id).orElseThrow().toDto().outPropertiesMap().get(A));
        assertTrue(view.apply(sync(id, 6, CompositionState.PRIMED, List.of(
                element("a", "1.2.3", Map.of(), Map.of("pushed", 1, "confirmed", true))))));
        assertEquals(Map.of("pushed", 1, "confirmed", true),
                view.get(id).orElseThrow().toDto().outPropertiesMap().get(A));
    }

    @Test
    void outPropertiesForAnUnknownCompositionOrElementAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> view.putOutProperties(id, A, Map.of()));
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        assertThrows(IllegalArgumentException.class,
                () -> view.putOutProperties(id, new ToscaConceptIdentifier("a", "9.9.9"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> view.putOutProperties(id, null, Map.of()),
                "two elements: which one?");
        view.apply(sync(id, 6, CompositionState.PRIMED, List.of(element("only", "1.0.0", null, null))));
        assertEquals(new ToscaConceptIdentifier("only", "1.0.0"), view.putOutProperties(id, null, Map.of("x", 1)));
    }

    @Test
    void readersGetCopiesTheyMayWriteInto() {
        view.apply(sync(id, 5, CompositionState.PRIMED, twoElements()));
        CompositionDto first = view.get(id).orElseThrow().toDto();
        first.outPropertiesMap().get(A).put("InternalState", "PRIMED");
        first.inPropertiesMap().clear();
        CompositionDto second = view.get(id).orElseThrow().toDto();
        assertFalse(second.outPropertiesMap().get(A).containsKey("InternalState"));
        assertEquals(2, second.inPropertiesMap().size());
        assertEquals(second, view.all().get(0).toDto());
    }
}
