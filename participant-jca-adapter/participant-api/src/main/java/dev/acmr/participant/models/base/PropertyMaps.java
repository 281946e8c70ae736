package dev.acmr.participant.models.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Deep copies of property maps (JSON objects: maps, lists, strings, numbers, booleans and nulls), which the model
 * types' copy constructors use.
 *
 * <p>Why deep: participant code written for ONAP writes into the maps it is given (ONAP's own simulator puts
 * {@code InternalState} into out-properties); a copy keeps such writes away from whatever the map came from. Not
 * {@code Map.copyOf}: property values may be JSON null, and callers expect a mutable map.
 */
public final class PropertyMaps {

    private PropertyMaps() {
    }

    /** A mutable deep copy in the same order; null gives an empty map. */
    public static Map<String, Object> copy(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (source != null) {
            source.forEach((key, value) -> copy.put(key, copyValue(value)));
        }
        return copy;
    }

    /** A mutable copy of a map whose values are copied by {@code copier}; null gives null, as ONAP's. */
    public static <K, V> Map<K, V> copy(Map<K, V> source, Function<V, V> copier) {
        if (source == null) {
            return null;
        }
        Map<K, V> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(key, value == null ? null : copier.apply(value)));
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, nested) -> copy.put(key, copyValue(nested)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(nested -> copy.add(copyValue(nested)));
            return copy;
        }
        return value;
    }
}
