package dev.acmr.runtime.composition.tosca;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the YAML loader built into a JSON tree: {@code Map<String, Object>} (insertion ordered), {@code List},
 * {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger}, {@code Double}, {@code BigDecimal} and null.
 *
 * <p>Everything else is refused rather than guessed at: byte arrays, sets and the other objects explicit YAML tags
 * can make, non-finite numbers, keys that are not scalars. Aliases are expanded here, so this is where their cost is
 * bounded ({@link ParseLimits#maxExpandedSize()}); the depth bound also stops any self-referencing structure. Text
 * with a NUL character is refused because PostgreSQL cannot store it.
 */
final class DocumentTree {

    private final ParseLimits limits;
    private final Deque<String> path = new ArrayDeque<>();
    private long size;

    private DocumentTree(ParseLimits limits) {
        this.limits = limits;
    }

    /** The JSON tree of {@code loaded}; a fresh copy that shares nothing with it. */
    static Object of(Object loaded, ParseLimits limits) {
        return new DocumentTree(limits).value(loaded);
    }

    private Object value(Object node) {
        count(1);
        if (path.size() > limits.maxDepth()) {
            throw invalid("nesting is deeper than " + limits.maxDepth() + " levels");
        }
        if (node == null || node instanceof Boolean || node instanceof BigInteger || node instanceof BigDecimal) {
            return node;
        }
        if (node instanceof String text) {
            return text(text);
        }
        if (node instanceof Integer || node instanceof Long || node instanceof Short || node instanceof Byte) {
            return ((Number) node).longValue();
        }
        if (node instanceof Double || node instanceof Float) {
            return finite(((Number) node).doubleValue());
        }
        if (node instanceof Map<?, ?> map) {
            return mapping(map);
        }
        if (node instanceof List<?> list) {
            return sequence(list);
        }
        throw invalid("a value of type " + node.getClass().getSimpleName()
                + " is not plain data (explicit YAML tags are not accepted)");
    }

    private Map<String, Object> mapping(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = key(entry.getKey());
            if (copy.containsKey(key)) {
                throw invalid("the key '" + Excerpt.of(key) + "' appears twice");
            }
            path.addLast(key);
            copy.put(key, value(entry.getValue()));
            path.removeLast();
        }
        return copy;
    }

    private List<Object> sequence(List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (Object item : list) {
            path.addLast(Integer.toString(copy.size()));
            copy.add(value(item));
            path.removeLast();
        }
        return copy;
    }

    // JSON keys are text; YAML scalars used as keys (1, true) are taken by their text, as JSON would write them.
    private String key(Object key) {
        if (key instanceof String || key instanceof Number || key instanceof Boolean) {
            return text(key.toString());
        }
        throw invalid("a mapping key is " + (key == null ? "null" : "not a scalar") + "; keys must be text");
    }

    private String text(String text) {
        count(text.length());
        if (text.indexOf('\0') >= 0) {
            throw invalid("text contains a NUL character (U+0000)");
        }
        return text;
    }

    private Double finite(double number) {
        if (!Double.isFinite(number)) {
            throw invalid("the number " + number + " cannot be written in JSON");
        }
        return number;
    }

    private void count(long units) {
        size += units;
        if (size > limits.maxExpandedSize()) {
            throw invalid("the document expands to more than " + limits.maxExpandedSize()
                    + " units (aliases are expanded)");
        }
    }

    private InvalidServiceTemplateException invalid(String problem) {
        return new InvalidServiceTemplateException("Invalid document at " + JsonPointer.of(path) + ": " + problem);
    }
}
