package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An instance element as a change found it or would leave it: what a rollback restores and a migrate precheck
 * describes. A value, stored as JSON inside {@link RollbackSnapshot} and {@link PrecheckPlan}.
 */
public record SnapshotElement(UUID id, ToscaIdentifier definition, ParticipantId participant, int startPhase,
        String description, Map<String, Object> properties, Map<String, Object> outProperties,
        MigrationState migrationState) {

    public SnapshotElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(participant, "participant");
        properties = properties == null ? Map.of() : properties;
        outProperties = outProperties == null ? Map.of() : outProperties;
        migrationState = migrationState == null ? MigrationState.DEFAULT : migrationState;
    }

    /** The element as it is stored now. */
    public static SnapshotElement of(InstanceElement element) {
        return new SnapshotElement(element.id(), element.definition(), element.participant(), element.startPhase(),
                element.description().orElse(null), element.properties(), element.outProperties(),
                element.migrationState());
    }

    Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", id.toString());
        tree.put("definitionName", definition.name());
        tree.put("definitionVersion", definition.version());
        tree.put("participant", participant.value().toString());
        tree.put("startPhase", startPhase);
        if (description != null) {
            tree.put("description", description);
        }
        tree.put("properties", properties);
        tree.put("outProperties", outProperties);
        tree.put("migrationState", migrationState.name());
        return tree;
    }

    @SuppressWarnings("unchecked")
    static SnapshotElement fromTree(Map<String, Object> tree) {
        return new SnapshotElement(UUID.fromString((String) tree.get("id")),
                new ToscaIdentifier((String) tree.get("definitionName"), (String) tree.get("definitionVersion")),
                new ParticipantId(UUID.fromString((String) tree.get("participant"))),
                ((Number) tree.get("startPhase")).intValue(), (String) tree.get("description"),
                (Map<String, Object>) tree.get("properties"), (Map<String, Object>) tree.get("outProperties"),
                MigrationState.valueOf((String) tree.get("migrationState")));
    }

    static List<Map<String, Object>> toTrees(List<SnapshotElement> elements) {
        return elements.stream().map(SnapshotElement::toTree).toList();
    }

    @SuppressWarnings("unchecked")
    static List<SnapshotElement> fromTrees(Object trees) {
        return ((List<Map<String, Object>>) trees).stream().map(SnapshotElement::fromTree).toList();
    }
}
