package dev.acmr.runtime.composition.tosca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about {@code derived_from} chains, answered in time linear in the number of types however long the
 * chains are: each type is walked once and the answer is remembered for the types below it. A template with a
 * chain of thousands of types must not cost quadratic time.
 */
final class TypeHierarchy {

    private final Map<String, ToscaType> types;

    TypeHierarchy(Map<String, ToscaType> types) {
        this.types = types;
    }

    /** The names of the types that are {@code ancestor} or derive from it at any depth; cycles derive from nothing. */
    Set<String> descendantsOf(String ancestor) {
        Map<String, Boolean> derives = new HashMap<>();
        derives.put(ancestor, true);
        for (String name : types.keySet()) {
            Set<String> path = new LinkedHashSet<>();
            String current = name;
            while (current != null && !derives.containsKey(current) && path.add(current)) {
                current = parentOf(current);
            }
            boolean result = current != null && derives.getOrDefault(current, false);
            path.forEach(walked -> derives.put(walked, result));
        }
        Set<String> descendants = new HashSet<>();
        derives.forEach((name, derived) -> {
            if (derived) {
                descendants.add(name);
            }
        });
        return descendants;
    }

    /** A chain that comes back to where it started, written from that type to itself, if there is one. */
    Optional<List<String>> findCycle() {
        Set<String> done = new HashSet<>();
        for (String name : types.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            for (String current = name; current != null && !done.contains(current); current = parentOf(current)) {
                if (!onPath.add(current)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                    cycle.add(current);
                    return Optional.of(cycle);
                }
                path.add(current);
            }
            done.addAll(path);
        }
        return Optional.empty();
    }

    private String parentOf(String name) {
        ToscaType type = types.get(name);
        return type == null ? null : type.derivedFrom().orElse(null);
    }
}
