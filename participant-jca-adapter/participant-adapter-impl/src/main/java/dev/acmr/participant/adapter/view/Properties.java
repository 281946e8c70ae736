package dev.acmr.participant.adapter.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of property maps (JSON objects: maps, lists, strings, numbers, booleans and nulls).
 *
 * <p>Why deep: participant code written for ONAP often writes into the maps it is given (ONAP's own simulator puts
 * {@code InternalState} into {@code outPropertiesMap}); with copies that cannot change this replica's view behind its
 * back. Not {@code Map.copyOf}: property values may be JSON null.
 */
public final class Properties {

    private Properties() {
    }

    /** A mutable deep copy; null gives an empty map. */
    public static Map<String, Object> copy(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (source != null) {
            source.forEach((key, value) -> copy.put(key, copyValue(value)));
        }
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
