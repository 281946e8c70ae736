package dev.acmr.runtime.composition.tosca;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a JSON tree that arrived already parsed (a participant's out-properties, decoded with its message) against
 * the limits {@link JsonDocumentReader} enforces when the runtime reads its stored JSON back: nesting at most
 * {@link ParseLimits#DEFAULT_MAX_DEPTH} levels, numbers at most {@link ParseLimits#MAX_NUMBER_LENGTH} characters, no
 * NUL (U+0000) in keys or text. A tree that passes is stored and read back without error; one that fails would make
 * every later read of its entity throw.
 */
public final class JsonTreeLimits {

    private final int maxDepth;

    public JsonTreeLimits() {
        this(ParseLimits.DEFAULT_MAX_DEPTH);
    }

    JsonTreeLimits(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** What about {@code tree} the reader would refuse; empty when it reads back. */
    public Optional<String> violation(Object tree) {
        return check(tree, 0);
    }

    private Optional<String> check(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            return nested(depth + 1).or(() -> entries(map, depth + 1));
        }
        if (value instanceof List<?> list) {
            return nested(depth + 1).or(() -> items(list, depth + 1));
        }
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return Optional.empty();
    }

    private Optional<String> nested(int depth) {
        return depth > maxDepth ? Optional.of("nesting is deeper than " + maxDepth + " levels") : Optional.empty();
    }

    private Optional<String> entries(Map<?, ?> map, int depth) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Optional<String> problem = text(String.valueOf(entry.getKey())).or(() -> check(entry.getValue(), depth));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> items(List<?> list, int depth) {
        for (Object item : list) {
            Optional<String> problem = check(item, depth);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(String text) {
        return text.indexOf('\0') >= 0 ? Optional.of("text contains a NUL character (U+0000)") : Optional.empty();
    }

    // As written to JSON (BigDecimal in its scientific form), and as the reader expands an integral value.
    private static Optional<String> number(Number number) {
        String written = number.toString();
        boolean tooLong = written.length() > ParseLimits.MAX_NUMBER_LENGTH;
        if (number instanceof BigDecimal decimal) {
            tooLong |= decimal.precision() - decimal.scale() > ParseLimits.MAX_NUMBER_LENGTH;
        } else if (number instanceof BigInteger integer) {
            tooLong |= integer.bitLength() > 4 * ParseLimits.MAX_NUMBER_LENGTH;
        }
        return tooLong ? Optional.of("a number is longer than " + ParseLimits.MAX_NUMBER_LENGTH + " characters")
                : Optional.empty();
    }
}
