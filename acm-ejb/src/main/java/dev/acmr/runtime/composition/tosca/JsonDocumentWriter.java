package dev.acmr.runtime.composition.tosca;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree (as the readers make it) as compact JSON text, keys in the maps' order, so that the same tree
 * gives the same text on every node.
 */
public final class JsonDocumentWriter {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    public String write(Object tree) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = GENERATORS.createGenerator(text)) {
            value(generator, tree);
        }
        return text.toString();
    }

    private static void value(JsonGenerator generator, Object value) {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            map.forEach((key, item) -> {
                generator.writeKey(key.toString());
                value(generator, item);
            });
            generator.writeEnd();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            list.forEach(item -> value(generator, item));
            generator.writeEnd();
        } else {
            scalar(generator, value);
        }
    }

    private static void scalar(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.write(text);
        } else if (value instanceof Boolean bool) {
            generator.write(bool);
        } else if (value instanceof BigDecimal decimal) {
            generator.write(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.write(integer);
        } else if (value instanceof Double || value instanceof Float) {
            generator.write(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            generator.write(number.longValue());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
