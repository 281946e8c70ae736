package dev.acmr.runtime.instance.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Changes to the element rows of one instance, made in place on the instance's mapped list so that JPA sees every
 * row added or removed: an order reaching its targets, new properties, and a new set of elements. The instance
 * decides when; this class knows how rows are matched and kept.
 */
final class InstanceElementRows {

    private final UUID instanceId;
    private final List<InstanceElement> rows;

    InstanceElementRows(UUID instanceId, List<InstanceElement> rows) {
        this.instanceId = instanceId;
        this.rows = rows;
    }

    /** The order targets these elements: they take its transitional states. */
    void start(InstanceOrder order, InstanceStatus next, Set<UUID> targets) {
        rows.stream().filter(element -> targets.contains(element.id()))
                .forEach(element -> element.start(order, next));
    }

    /**
     * Replaces the properties of the listed elements (and their description when given).
     *
     * @throws IllegalArgumentException if an id names none of the elements
     */
    void replaceProperties(Map<UUID, Map<String, Object>> newProperties, Map<UUID, String> newDescriptions) {
        newProperties.forEach((id, properties) -> find(id)
                .orElseThrow(() -> new IllegalArgumentException("instance " + instanceId + " has no element " + id))
                .replaceProperties(properties));
        newDescriptions.forEach((id, text) -> find(id).ifPresent(element -> element.describe(text)));
    }

    /**
     * The elements become the given ones: an element that keeps its id keeps its row (and what its participant
     * reported) and takes the new properties and description, a new id gets a row from {@code newRow}, and rows
     * not given are removed. Checked before anything changes.
     *
     * @throws IllegalStateException if an element keeps its id but not its definition
     */
    void replaceWith(List<NewInstanceElement> newElements, Function<NewInstanceElement, InstanceElement> newRow) {
        for (NewInstanceElement element : newElements) {
            find(element.id()).filter(kept -> !kept.definition().equals(element.definition())).ifPresent(kept -> {
                throw new IllegalStateException("element " + element.id() + " instantiates " + kept.definition()
                        + ", not " + element.definition());
            });
        }
        Map<UUID, NewInstanceElement> byId = new LinkedHashMap<>();
        newElements.forEach(element -> byId.put(element.id(), element));
        rows.removeIf(element -> !byId.containsKey(element.id()));
        for (NewInstanceElement element : newElements) {
            find(element.id()).ifPresentOrElse(row -> {
                row.replaceProperties(element.properties());
                row.describe(element.description());
            }, () -> rows.add(newRow.apply(element)));
        }
    }

    private Optional<InstanceElement> find(UUID elementId) {
        return rows.stream().filter(element -> element.id().equals(elementId)).findFirst();
    }
}
