package dev.acmr.runtime.instance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.ElementTemplate;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ONAP's migration of the CSIT suite (From v1.2.3 to To v1.2.4): Starter and Bridge kept, Sink (sim-1) and Sink2
 * (sim-2) dropped, New (sim-1) and New2 (sim-3) added; and the checks that refuse a migration.
 */
class MigrationRequestTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TYPE = "org.onap.policy.clamp.acm.SimAutomationCompositionElement";
    private static final ParticipantId SIM_1 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM_2 = new ParticipantId(UUID.randomUUID());
    private static final ParticipantId SIM_3 = new ParticipantId(UUID.randomUUID());

    private final UUID starter = UUID.randomUUID();
    private final UUID bridge = UUID.randomUUID();
    private final UUID sink = UUID.randomUUID();
    private final UUID sink2 = UUID.randomUUID();
    private final UUID fresh = UUID.randomUUID();
    private final UUID fresh2 = UUID.randomUUID();
    private final CompositionDefinition target = new CompositionDefinition(CompositionId.random(),
            new ToscaIdentifier("To", "1.2.4"), "{}", List.of(
                    template("Starter", 0), template("Bridge", 0), template("New", 1), template("New2", 2)), NOW);
    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            CompositionId.random(), new ToscaIdentifier("M", "1.0.0"), null, List.of(
                    stored(starter, "Starter", SIM_1, Map.of("text", "MyTextInit", "keep", 1L)),
                    stored(bridge, "Bridge", SIM_1, Map.of("text", "MyTextInit")),
                    stored(sink, "Sink", SIM_1, Map.of()),
                    stored(sink2, "Sink2", SIM_2, Map.of())), NOW);
    private Set<UUID> usedElsewhere = Set.of();

    MigrationRequestTest() {
        target.elements().forEach(element -> element.bindTo(
                element.definition().name().equals("New2") ? SIM_3 : SIM_1));
    }

    @Test
    void keepsMergesAddsAndDropsAsOnap() {
        MigrationRequest request = MigrationRequest.of(instance, draft(posted()), target, this::inUse);

        assertEquals(Set.of(starter, bridge), request.kept().stream().map(NewInstanceElement::id)
                .collect(Collectors.toSet()));
        NewInstanceElement keptStarter = request.kept().stream().filter(element -> element.id().equals(starter))
                .findFirst().orElseThrow();
        assertEquals(new ToscaIdentifier("Starter", "1.2.4"), keptStarter.definition());
        assertEquals(Map.of("text", "TextForMigration", "keep", 1L), keptStarter.properties(),
                "the posted properties are merged into the stored ones");
        assertEquals(SIM_1, keptStarter.participant());
        assertEquals(null, keptStarter.description(), "ONAP keeps the stored description of a kept element");
        NewInstanceElement added2 = request.added().stream().filter(element -> element.id().equals(fresh2))
                .findFirst().orElseThrow();
        assertEquals(SIM_3, added2.participant());
        assertEquals(2, added2.startPhase(), "the target binds the start phase");
        assertEquals(Set.of(fresh, fresh2), request.added().stream().map(NewInstanceElement::id)
                .collect(Collectors.toSet()));
        assertEquals(Set.of(sink, sink2), request.removed());
        assertEquals(Set.of(SIM_1, SIM_2, SIM_3), request.participants(),
                "sim-2 loses its only element, sim-3 gets its first");
        Map<UUID, MigrationState> wouldBe = request.wouldBe().stream()
                .collect(Collectors.toMap(SnapshotElement::id, SnapshotElement::migrationState));
        assertEquals(Map.of(starter, MigrationState.DEFAULT, bridge, MigrationState.DEFAULT, sink,
                MigrationState.REMOVED, sink2, MigrationState.REMOVED, fresh, MigrationState.NEW, fresh2,
                MigrationState.NEW), wouldBe);
    }

    @Test
    void aKeptElementMayLeaveOutItsDefinitionOnlyIfTheTargetKeepsItsVersion() {
        Map<UUID, InstanceDraft.Element> posted = posted();
        posted.put(bridge, new InstanceDraft.Element(bridge, null, null, Map.of()));
        String refusal = refusal(posted);
        assertTrue(refusal.contains("Bridge 1.2.4, not version 1.2.3"), refusal);
    }

    @Test
    void refusesADefinitionOfAnotherName() {
        Map<UUID, InstanceDraft.Element> posted = posted();
        posted.put(starter, element(starter, "Other"));
        assertEquals("Starter 1.2.3 is not compatible with Other 1.2.4", refusal(posted));
    }

    @Test
    void refusesAVersionTheTargetDoesNotDefine() {
        Map<UUID, InstanceDraft.Element> posted = posted();
        posted.put(starter, new InstanceDraft.Element(starter, new ToscaIdentifier("Starter", "1.2.5"), null,
                Map.of()));
        String refusal = refusal(posted);
        assertTrue(refusal.contains("the composition defines Starter 1.2.4, not version 1.2.5"), refusal);
    }

    @Test
    void refusesAnInstanceThatDoesNotFitTheTargetWithoutTheDroppedElements() {
        Map<UUID, InstanceDraft.Element> posted = posted();
        posted.remove(fresh2);
        String refusal = refusal(posted);
        assertTrue(refusal.contains("Element definition New2 1.2.4 has no element"), refusal);
    }

    @Test
    void refusesAnAddedElementWithoutDefinitionOrWithAnIdInUse() {
        Map<UUID, InstanceDraft.Element> posted = posted();
        posted.put(fresh, new InstanceDraft.Element(fresh, null, null, Map.of()));
        assertTrue(refusal(posted).contains(fresh + ".definition is missing"));

        usedElsewhere = Set.of(fresh2);
        assertEquals("Element id already present: [" + fresh2 + "]", refusal(posted()));
    }

    @Test
    void refusesAnInstanceLeftHalfMigrated() {
        MigrationRequest first = MigrationRequest.of(instance, draft(posted()), target, this::inUse);
        instance.migration().migrate(target.id(), first.kept(), first.added(), first.removed(), NOW);
        String refusal = refusal(posted());
        assertTrue(refusal.startsWith("Instance cannot be deployed; There are elements in an invalid Migration "
                + "state.(ElementId: "), refusal);
        assertTrue(refusal.contains("MigrationState: REMOVED") || refusal.contains("MigrationState: NEW"), refusal);
    }

    private String refusal(Map<UUID, InstanceDraft.Element> posted) {
        InstanceDraft draft = draft(posted);
        return assertThrows(InstanceRejectedException.class,
                () -> MigrationRequest.of(instance, draft, target, this::inUse)).getMessage();
    }

    private List<UUID> inUse(Collection<UUID> ids) {
        return ids.stream().filter(usedElsewhere::contains).toList();
    }

    // As ac-instance-migration-to.yaml posts it: the target's four elements.
    private Map<UUID, InstanceDraft.Element> posted() {
        Map<UUID, InstanceDraft.Element> posted = new LinkedHashMap<>();
        posted.put(starter, new InstanceDraft.Element(starter, new ToscaIdentifier("Starter", "1.2.4"),
                "Starter for the migration", Map.of("text", "TextForMigration")));
        posted.put(bridge, element(bridge, "Bridge"));
        posted.put(fresh, element(fresh, "New"));
        posted.put(fresh2, element(fresh2, "New2"));
        return posted;
    }

    private InstanceDraft draft(Map<UUID, InstanceDraft.Element> posted) {
        return new InstanceDraft(instance.id(), "M", "1.0.0", instance.compositionId().value(),
                target.id().value(), false, null, new ArrayList<>(posted.values()));
    }

    private static InstanceDraft.Element element(UUID id, String name) {
        return new InstanceDraft.Element(id, new ToscaIdentifier(name, "1.2.4"), null, Map.of());
    }

    private static NewInstanceElement stored(UUID id, String name, ParticipantId participant,
            Map<String, Object> properties) {
        return new NewInstanceElement(id, new ToscaIdentifier(name, "1.2.3"), participant, 0, null, properties);
    }

    private static ElementTemplate template(String name, int startPhase) {
        return new ElementTemplate(name, "1.2.4", TYPE, "1.0.0", "{\"startPhase\":" + startPhase + "}");
    }
}
