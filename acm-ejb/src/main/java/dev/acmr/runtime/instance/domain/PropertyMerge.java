package dev.acmr.runtime.instance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an update of a deployed instance changes an element's properties, as ONAP merges them: every key of the update
 * is applied to the stored properties, and keys the update does not name are kept. Where both sides hold a mapping,
 * the update's mapping is merged into the stored one at any depth; where both hold lists of the same length, they are
 * merged item by item; anything else (a scalar, a null, lists of different lengths) replaces the stored value.
 */
public final class PropertyMerge {

    private PropertyMerge() {
    }

    /** The merged properties, as a new tree; neither argument is changed. */
    public static Map<String, Object> merged(Map<String, Object> stored, Map<String, Object> update) {
        Map<String, Object> result = copy(stored);
        update.forEach((key, value) -> result.put(key, mergedValue(result.get(key), value)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Object mergedValue(Object stored, Object update) {
        if (stored instanceof Map<?, ?> storedMap && update instanceof Map<?, ?> updateMap) {
            return merged((Map<String, Object>) storedMap, (Map<String, Object>) updateMap);
        }
        if (stored instanceof List<?> storedList && update instanceof List<?> updateList
                && storedList.size() == updateList.size()) {
            List<Object> result = new ArrayList<>(storedList.size());
            for (int i = 0; i < storedList.size(); i++) {
                result.add(mergedValue(storedList.get(i), updateList.get(i)));
            }
            return result;
        }
        return deepCopy(update);
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, deepCopy(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return copy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(PropertyMerge::deepCopy).toList());
        }
        return value;
    }
}
