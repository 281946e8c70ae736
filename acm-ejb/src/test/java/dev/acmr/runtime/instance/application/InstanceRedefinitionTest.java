package dev.acmr.runtime.instance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ONAP's update of an UNDEPLOYED instance: what may change, and what is refused without changing anything. */
class InstanceRedefinitionTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ParticipantId PARTICIPANT = new ParticipantId(UUID.randomUUID());
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ToscaIdentifier STARTER = new ToscaIdentifier("Starter", "1.2.3");
    private static final ToscaIdentifier BRIDGE = new ToscaIdentifier("Bridge", "1.2.3");

    private final CompositionDefinition composition = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("Sim", "1.0.0"), "{}", List.of(
                    new ElementTemplate("Starter", "1.2.3", TYPE, "1.0.0", "{\"startPhase\":0}"),
                    new ElementTemplate("Bridge", "1.2.3", TYPE, "1.0.0", "{\"startPhase\":1}")), NOW);
    private final UUID starter = UUID.randomUUID();
    private final UUID bridge = UUID.randomUUID();
    private final AutomationCompositionInstance instance;
    private Set<UUID> usedElsewhere = Set.of();
    private boolean nameTaken;
    private final InstantiationService service;

    InstanceRedefinitionTest() {
        composition.elements().forEach(element -> element.bindTo(PARTICIPANT));
        instance = new AutomationCompositionInstance(UUID.randomUUID(), composition.id(),
                new ToscaIdentifier("inst", "1.0.0"), "old", List.of(
                        new NewInstanceElement(starter, STARTER, PARTICIPANT, 0, null, Map.of("a", 1L)),
                        new NewInstanceElement(bridge, BRIDGE, PARTICIPANT, 1, null, Map.of("b", 2L))), NOW);
        service = new InstantiationService(new CompositionRepository() {
            @Override
            public Optional<CompositionDefinition> find(CompositionId id) {
                return Optional.of(composition);
            }
        }, new InstanceRepository() {
            @Override
            public List<UUID> elementIdsInUse(Collection<UUID> ids) {
                return ids.stream().filter(usedElsewhere::contains).toList();
            }

            @Override
            public boolean existsNamed(String name, String version) {
                return nameTaken;
            }
        });
    }

    @Test
    void renamesReplacesAnElementAndKeepsWhatIsLeftOut() {
        UUID newBridge = UUID.randomUUID();

        service.redefine(instance, draft("renamed", null, null, List.of(
                new InstanceDraft.Element(starter, null, null, Map.of("a", 9L)),
                new InstanceDraft.Element(newBridge, BRIDGE, "new", Map.of()))));

        assertEquals(new ToscaIdentifier("renamed", "1.0.0"), instance.nameAndVersion(), "version kept when omitted");
        assertEquals("old", instance.description().orElseThrow(), "description kept when omitted");
        assertEquals(Set.of(starter, newBridge), instance.elements().startPhases().keySet());
        assertEquals(1, instance.elements().startPhases().get(newBridge), "the composition's start phase");
        assertEquals(Map.of("a", 9L), instance.element(starter).orElseThrow().properties(), "replaced");
        assertEquals(PARTICIPANT, instance.element(newBridge).orElseThrow().participant());
    }

    @Test
    void refusesWhatNoLongerFitsTheCompositionAndChangesNothing() {
        long revision = instance.revision();
        InstanceRejectedException missing = assertThrows(InstanceRejectedException.class, () -> service.redefine(
                instance, draft(null, null, null, List.of(new InstanceDraft.Element(starter, null, null, Map.of())))));
        assertTrue(missing.getMessage().contains("Bridge"), missing.getMessage());
        assertThrows(InstanceRejectedException.class, () -> service.redefine(instance, draft(null, null, null,
                List.of(new InstanceDraft.Element(starter, BRIDGE, null, Map.of()),
                        new InstanceDraft.Element(bridge, null, null, Map.of())))), "an element keeps its definition");
        assertThrows(InstanceRejectedException.class, () -> service.redefine(instance, draft(null, null, null,
                List.of(new InstanceDraft.Element(starter, null, null, Map.of()),
                        new InstanceDraft.Element(UUID.randomUUID(), null, null, Map.of())))), "a new one names it");
        assertEquals(revision, instance.revision());
        assertEquals(Set.of(starter, bridge), instance.elements().startPhases().keySet());
    }

    @Test
    void refusesAnElementIdOfAnotherInstanceAndATakenName() {
        UUID foreign = UUID.randomUUID();
        usedElsewhere = Set.of(foreign);
        assertThrows(InstanceRejectedException.class, () -> service.redefine(instance, draft(null, null, null,
                List.of(new InstanceDraft.Element(starter, null, null, Map.of()),
                        new InstanceDraft.Element(foreign, BRIDGE, null, Map.of())))));
        nameTaken = true;
        InstanceRejectedException taken = assertThrows(InstanceRejectedException.class, () -> service.redefine(
                instance, draft("other", "2.0.0", null, List.of(new InstanceDraft.Element(starter, null, null, Map.of()),
                        new InstanceDraft.Element(bridge, null, null, Map.of())))));
        assertEquals("other:2.0.0 already defined", taken.getMessage());
    }

    private InstanceDraft draft(String name, String version, String description, List<InstanceDraft.Element> elements) {
        return new InstanceDraft(instance.id(), name, version, composition.id().value(), null, false, description,
                elements);
    }
}
