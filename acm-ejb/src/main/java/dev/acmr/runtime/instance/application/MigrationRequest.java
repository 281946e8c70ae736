package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionElement;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.InstanceElement;
import dev.acmr.runtime.instance.domain.MigrationState;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.domain.PropertyMerge;
import dev.acmr.runtime.instance.domain.SnapshotElement;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A migration (or migrate precheck) of a DEPLOYED instance to a target composition, checked as ONAP checks it, as
 * the change set to apply: posted elements the instance has are kept, their properties merged into the stored ones
 * and their definition the posted one, which must keep its name (their description stays); posted elements it lacks are added (NEW); stored
 * elements not posted are dropped (REMOVED). Kept and added elements are bound as the target composition binds
 * their definition; dropped ones stay with the participant running them. Pure, so that it is tested alone.
 *
 * @param kept the kept elements as they will be: target definition, its participant and start phase, merged properties
 * @param added the elements the migration adds
 * @param removed the ids of the elements it drops
 * @param wouldBe the elements as the instance would have them after the migration (what a precheck describes)
 */
public record MigrationRequest(List<NewInstanceElement> kept, List<NewInstanceElement> added, Set<UUID> removed,
        List<SnapshotElement> wouldBe) {

    public MigrationRequest {
        kept = List.copyOf(kept);
        added = List.copyOf(added);
        removed = Set.copyOf(removed);
        wouldBe = List.copyOf(wouldBe);
    }

    /**
     * The change set of migrating the instance to the target as the draft posts it.
     *
     * @param idsInUse which of the given element ids some instance already uses
     * @throws InstanceRejectedException if an element is left NEW or REMOVED by an earlier migration, changes its
     *         definition's name, is added without a definition or with an id another instance uses, or if the
     *         result does not fit the target composition
     */
    public static MigrationRequest of(AutomationCompositionInstance instance, InstanceDraft draft,
            CompositionDefinition target, Function<Collection<UUID>, List<UUID>> idsInUse) {
        instance.migration().migrationStateRefusal().ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        Map<ToscaIdentifier, CompositionElement> definitions = target.elements().stream()
                .collect(Collectors.toMap(CompositionElement::definition, Function.identity()));
        List<InstanceDraft.Element> remaining = new ArrayList<>();
        Map<UUID, InstanceDraft.Element> posted = new LinkedHashMap<>();
        for (InstanceDraft.Element element : draft.elements()) {
            InstanceDraft.Element resolved = resolved(instance, element);
            remaining.add(resolved);
            posted.putIfAbsent(resolved.id(), resolved);
        }
        // The instance must fit the target as a new one would, the dropped elements not counted (ONAP).
        InstanceDraftCheck.elementRefusal(remaining, target.elementDefinitions()).ifPresent(refusal -> {
            throw new InstanceRejectedException(refusal);
        });
        List<UUID> addedIds = posted.keySet().stream().filter(id -> instance.element(id).isEmpty()).toList();
        List<UUID> inUse = addedIds.isEmpty() ? List.of() : idsInUse.apply(addedIds);
        if (!inUse.isEmpty()) {
            throw new InstanceRejectedException("Element id already present: " + inUse);
        }
        List<NewInstanceElement> kept = new ArrayList<>();
        List<NewInstanceElement> added = new ArrayList<>();
        Set<UUID> removed = new LinkedHashSet<>();
        List<SnapshotElement> wouldBe = new ArrayList<>();
        for (InstanceElement stored : instance.elements()) {
            InstanceDraft.Element element = posted.get(stored.id());
            if (element == null) {
                removed.add(stored.id());
                SnapshotElement now = SnapshotElement.of(stored);
                wouldBe.add(new SnapshotElement(now.id(), now.definition(), now.participant(), now.startPhase(),
                        now.description(), now.properties(), now.outProperties(), MigrationState.REMOVED));
                continue;
            }
            // ONAP merges the properties of a kept element and keeps its description.
            InstanceDraft.Element merged = new InstanceDraft.Element(stored.id(), element.definition(),
                    stored.description().orElse(null), PropertyMerge.merged(stored.properties(),
                            element.properties()));
            NewInstanceElement migrated = bound(merged, definitions.get(element.definition()), merged.properties());
            kept.add(migrated);
            wouldBe.add(new SnapshotElement(migrated.id(), migrated.definition(), migrated.participant(),
                    migrated.startPhase(), migrated.description(), migrated.properties(), stored.outProperties(),
                    MigrationState.DEFAULT));
        }
        for (UUID id : addedIds) {
            InstanceDraft.Element element = posted.get(id);
            NewInstanceElement fresh = bound(element, definitions.get(element.definition()), element.properties());
            added.add(fresh);
            wouldBe.add(new SnapshotElement(fresh.id(), fresh.definition(), fresh.participant(), fresh.startPhase(),
                    fresh.description(), fresh.properties(), Map.of(), MigrationState.NEW));
        }
        return new MigrationRequest(kept, added, removed, wouldBe);
    }

    /** The participants the migration involves: those of the kept and added elements, and those losing one. */
    public Set<ParticipantId> participants() {
        Set<ParticipantId> involved = new LinkedHashSet<>();
        wouldBe.forEach(element -> involved.add(element.participant()));
        return involved;
    }

    // A kept element may leave out its definition (it keeps the stored one's name); an added one must give it.
    private static InstanceDraft.Element resolved(AutomationCompositionInstance instance,
            InstanceDraft.Element element) {
        ToscaIdentifier stored = instance.element(element.id()).map(InstanceElement::definition).orElse(null);
        if (element.definition() == null && stored == null) {
            throw new InstanceRejectedException("Invalid automation composition: elements." + element.id()
                    + ".definition is missing");
        }
        if (element.definition() == null) {
            return new InstanceDraft.Element(element.id(), stored, element.description(), element.properties());
        }
        if (stored != null && !stored.name().equals(element.definition().name())) {
            throw new InstanceRejectedException(stored + " is not compatible with " + element.definition());
        }
        return element;
    }

    private static NewInstanceElement bound(InstanceDraft.Element element, CompositionElement definition,
            Map<String, Object> properties) {
        ParticipantId participant = definition.participant().orElseThrow(() -> new InstanceRejectedException(
                "Element definition " + definition.definition() + " is not bound to a participant"));
        return new NewInstanceElement(element.id(), element.definition(), participant,
                InstanceDraftCheck.startPhaseOf(definition.properties()), element.description(), properties);
    }
}
