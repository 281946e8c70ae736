package dev.acmr.runtime.instance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyMergeTest {

    @Test
    void keysMissingFromTheUpdateAreKeptAtAnyDepth() {
        Map<String, Object> stored = Map.of("baseUrl", "http://a", "timeout", 10L,
                "chart", Map.of("name", "x", "repository", Map.of("address", "http://r", "user", "u")));
        Map<String, Object> update = Map.of("timeout", 20L, "chart", Map.of("repository", Map.of("user", "v")));

        assertEquals(Map.of("baseUrl", "http://a", "timeout", 20L,
                        "chart", Map.of("name", "x", "repository", Map.of("address", "http://r", "user", "v"))),
                PropertyMerge.merged(stored, update));
    }

    @Test
    void newKeysAreAddedAndScalarsOrMismatchedShapesReplace() {
        Map<String, Object> stored = Map.of("a", Map.of("x", 1L), "b", "text", "c", List.of(1L, 2L));
        Map<String, Object> update = Map.of("a", "now text", "b", Map.of("y", 2L), "c", List.of(3L), "d", true);

        assertEquals(Map.of("a", "now text", "b", Map.of("y", 2L), "c", List.of(3L), "d", true),
                PropertyMerge.merged(stored, update));
    }

    @Test
    void listsOfTheSameLengthMergeItemByItem() {
        Map<String, Object> stored = Map.of("entities", List.of(Map.of("id", "e1", "path", "/a"),
                Map.of("id", "e2", "path", "/b")));
        Map<String, Object> update = Map.of("entities", List.of(Map.of("path", "/c"), Map.of("id", "e3")));

        assertEquals(Map.of("entities", List.of(Map.of("id", "e1", "path", "/c"), Map.of("id", "e3", "path", "/b"))),
                PropertyMerge.merged(stored, update));
    }

    @Test
    void aNullInTheUpdateReplacesTheStoredValue() {
        Map<String, Object> update = new HashMap<>();
        update.put("a", null);
        Map<String, Object> expected = new HashMap<>();
        expected.put("a", null);
        expected.put("b", 1L);

        assertEquals(expected, PropertyMerge.merged(Map.of("a", "x", "b", 1L), update));
    }

    @Test
    @SuppressWarnings("unchecked")
    void neitherArgumentIsChanged() {
        Map<String, Object> inner = new LinkedHashMap<>(Map.of("x", 1L));
        Map<String, Object> stored = new LinkedHashMap<>(Map.of("a", inner, "l", new ArrayList<>(Arrays.asList(1L))));
        Map<String, Object> update = Map.of("a", Map.of("x", 2L), "l", List.of(5L));

        Map<String, Object> merged = PropertyMerge.merged(stored, update);
        ((Map<String, Object>) merged.get("a")).put("z", 0L);

        assertEquals(Map.of("x", 1L), inner);
        assertEquals(List.of(1L), stored.get("l"));
    }
}
