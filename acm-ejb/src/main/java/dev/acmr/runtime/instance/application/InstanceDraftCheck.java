package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a new instance's elements fit its composition, as ONAP checks them: exactly one element per element
 * definition of the composition, with the exact version, and nothing else. Pure, so that it is tested alone.
 */
public final class InstanceDraftCheck {

    private InstanceDraftCheck() {
    }

    /** Why the elements do not fit the composition's element definitions; empty if they do. */
    public static Optional<String> elementRefusal(List<InstanceDraft.Element> elements,
            List<ToscaIdentifier> definitions) {
        if (elements.isEmpty()) {
            return Optional.of("The instance has no elements; the composition defines " + definitions);
        }
        Set<UUID> ids = new HashSet<>();
        Map<String, ToscaIdentifier> byName = new LinkedHashMap<>();
        definitions.forEach(definition -> byName.put(definition.name(), definition));
        Map<ToscaIdentifier, UUID> used = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (InstanceDraft.Element element : elements) {
            if (!ids.add(element.id())) {
                problems.add("element id " + element.id() + " is used twice");
                continue;
            }
            ToscaIdentifier definition = element.definition();
            ToscaIdentifier known = byName.get(definition.name());
            if (known == null) {
                problems.add("Element " + element.id() + ": Not found the definition " + definition);
            } else if (!known.version().equals(definition.version())) {
                problems.add("Element " + element.id() + ": the composition defines " + known + ", not version "
                        + definition.version());
            } else if (used.putIfAbsent(known, element.id()) != null) {
                problems.add("Element " + element.id() + ": " + known + " is instantiated twice (also by "
                        + used.get(known) + ")");
            }
        }
        definitions.stream().filter(definition -> !used.containsKey(definition))
                .forEach(definition -> problems.add("Element definition " + definition + " has no element"));
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The {@code startPhase} of an element definition's properties, ONAP's default 0 when absent or odd. */
    public static int startPhaseOf(Map<String, Object> definitionProperties) {
        Object value = definitionProperties.get("startPhase");
        try {
            if (value instanceof Number number) {
                return number.intValue();
            }
            if (value instanceof String text) {
                return Integer.parseInt(text.strip());
            }
        } catch (NumberFormatException e) {
            // An odd value is ONAP's default.
        }
        return 0;
    }
}
