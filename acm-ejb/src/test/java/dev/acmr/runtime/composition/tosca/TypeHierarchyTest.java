package dev.acmr.runtime.composition.tosca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeHierarchyTest {

    @Test
    void findsDescendantsAtAnyDepthAndNotThroughCycles() {
        Map<String, ToscaType> types = types("a", "root", "b", "a", "c", "b", "x", "y", "y", "x", "other", null);

        assertEquals(Set.of("root", "a", "b", "c"), new TypeHierarchy(types).descendantsOf("root"));
    }

    @Test
    void findsACycleFromWhereItCloses() {
        Map<String, ToscaType> types = types("a", "b", "b", "c", "c", "b");

        assertEquals(Optional.of(List.of("b", "c", "b")), new TypeHierarchy(types).findCycle());
        assertEquals(Optional.empty(), new TypeHierarchy(types("a", "b", "b", null)).findCycle());
    }

    @Test
    void aLongChainCostsLinearTime() {
        Map<String, ToscaType> chain = new LinkedHashMap<>();
        for (int i = 0; i < 200_000; i++) {
            chain.put("t" + i, new ToscaType("t" + i, Optional.of("t" + (i + 1)), Optional.empty(), List.of()));
        }
        TypeHierarchy hierarchy = new TypeHierarchy(chain);

        // A quadratic walk of this chain takes many minutes; a linear one, milliseconds. The bound only tells them apart,
        // with room for a loaded machine.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertTrue(hierarchy.findCycle().isEmpty());
            assertEquals(200_001, hierarchy.descendantsOf("t200000").size());
        });
    }

    /** Pairs of type name and parent (null for none). */
    private static Map<String, ToscaType> types(String... pairs) {
        Map<String, ToscaType> types = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            types.put(pairs[i], new ToscaType(pairs[i], Optional.ofNullable(pairs[i + 1]), Optional.empty(), List.of()));
        }
        return types;
    }
}
