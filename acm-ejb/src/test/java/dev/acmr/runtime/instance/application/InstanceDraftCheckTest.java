package dev.acmr.runtime.instance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstanceDraftCheckTest {

    private static final ToscaIdentifier STARTER = new ToscaIdentifier("starter", "1.2.3");
    private static final ToscaIdentifier BRIDGE = new ToscaIdentifier("bridge", "1.2.3");
    private static final List<ToscaIdentifier> DEFINITIONS = List.of(STARTER, BRIDGE);

    @Test
    void oneElementPerDefinitionFits() {
        assertEquals(Optional.empty(), InstanceDraftCheck.elementRefusal(
                List.of(element(STARTER), element(BRIDGE)), DEFINITIONS));
    }

    @Test
    void aMissingDefinitionIsRefused() {
        assertTrue(InstanceDraftCheck.elementRefusal(List.of(element(STARTER)), DEFINITIONS).orElseThrow()
                .contains("bridge 1.2.3 has no element"));
    }

    @Test
    void anUnknownDefinitionIsRefused() {
        ToscaIdentifier unknown = new ToscaIdentifier("unknown", "1.2.3");
        assertTrue(InstanceDraftCheck.elementRefusal(List.of(element(STARTER), element(BRIDGE), element(unknown)),
                DEFINITIONS).orElseThrow().contains("Not found the definition unknown 1.2.3"));
    }

    @Test
    void anotherVersionIsRefused() {
        assertTrue(InstanceDraftCheck.elementRefusal(List.of(element(STARTER),
                element(new ToscaIdentifier("bridge", "1.0.0"))), DEFINITIONS).orElseThrow().contains("not version"));
    }

    @Test
    void twoElementsOfOneDefinitionAreRefused() {
        assertTrue(InstanceDraftCheck.elementRefusal(List.of(element(STARTER), element(STARTER), element(BRIDGE)),
                DEFINITIONS).orElseThrow().contains("instantiated twice"));
    }

    @Test
    void noElementsAreRefused() {
        assertTrue(InstanceDraftCheck.elementRefusal(List.of(), DEFINITIONS).isPresent());
    }

    @Test
    void startPhaseDefaultsToZero() {
        assertEquals(0, InstanceDraftCheck.startPhaseOf(Map.of()));
        assertEquals(2, InstanceDraftCheck.startPhaseOf(Map.of("startPhase", 2L)));
        assertEquals(1, InstanceDraftCheck.startPhaseOf(Map.of("startPhase", "1")));
        assertEquals(0, InstanceDraftCheck.startPhaseOf(Map.of("startPhase", "soon")));
    }

    private static InstanceDraft.Element element(ToscaIdentifier definition) {
        return new InstanceDraft.Element(UUID.randomUUID(), definition, null, Map.of());
    }
}
