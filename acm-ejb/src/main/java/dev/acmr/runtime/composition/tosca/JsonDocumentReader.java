package dev.acmr.runtime.composition.tosca;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads one JSON text into a JSON tree of the same shape {@link DocumentTree} gives for YAML: insertion-ordered maps,
 * lists, text, booleans, null, and numbers as {@code Long}, {@code BigInteger} or {@code BigDecimal} (exact, as
 * written). JSON-P rather than the YAML parser, because JSON indented with tabs is not YAML.
 *
 * <p>Duplicate keys and text with NUL are refused, as for YAML; nesting is bounded because this reader recurses.
 * Used for request bodies and for the JSON the runtime stored itself.
 */
public final class JsonDocumentReader {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private final int maxDepth;

    public JsonDocumentReader() {
        this(ParseLimits.DEFAULT_MAX_DEPTH);
    }

    JsonDocumentReader(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** The tree of {@code text}, which must hold exactly one JSON value. */
    public Object read(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new InvalidServiceTemplateException("Malformed JSON: the document is empty");
            }
            Object value = value(parser, parser.next(), 0);
            if (parser.hasNext()) {
                throw malformed(parser.getLocation(), "unexpected content after the document");
            }
            return value;
        } catch (JsonParsingException e) {
            throw malformed(e.getLocation(), e.getMessage());
        } catch (JsonException | NoSuchElementException e) {
            throw new InvalidServiceTemplateException("Malformed JSON: " + Excerpt.of(e.getMessage()));
        } catch (InvalidServiceTemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever else the parser throws, it threw on this input: the client's error, not a server fault.
            throw new InvalidServiceTemplateException("Malformed JSON: the parser failed with "
                    + e.getClass().getSimpleName());
        }
    }

    /** The object {@code text} holds; for JSON this runtime wrote itself, so anything else is a bug. */
    public Map<String, Object> readObject(String text) {
        if (read(text) instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw new IllegalStateException("stored JSON is not an object");
    }

    private Object value(JsonParser parser, JsonParser.Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, depth + 1);
            case START_ARRAY -> array(parser, depth + 1);
            case VALUE_STRING -> text(parser, parser.getString());
            case VALUE_NUMBER -> number(parser);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw malformed(parser.getLocation(), "unexpected " + event);
        };
    }

    private Map<String, Object> object(JsonParser parser, int depth) {
        checkDepth(parser, depth);
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = text(parser, parser.getString());
            if (object.containsKey(key)) {
                throw malformed(parser.getLocation(), "the key '" + Excerpt.of(key) + "' appears twice");
            }
            object.put(key, value(parser, parser.next(), depth));
        }
        return object;
    }

    private List<Object> array(JsonParser parser, int depth) {
        checkDepth(parser, depth);
        List<Object> array = new ArrayList<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth));
        }
        return array;
    }

    private void checkDepth(JsonParser parser, int depth) {
        if (depth > maxDepth) {
            throw malformed(parser.getLocation(), "nesting is deeper than " + maxDepth + " levels");
        }
    }

    // Converting a long number costs time quadratic in its length: a megabyte of digits would take minutes.
    private static Object number(JsonParser parser) {
        if (parser.getString().length() > ParseLimits.MAX_NUMBER_LENGTH) {
            throw malformed(parser.getLocation(), "a number is longer than " + ParseLimits.MAX_NUMBER_LENGTH
                    + " characters");
        }
        BigDecimal number = parser.getBigDecimal();
        if (!parser.isIntegralNumber()) {
            return number;
        }
        BigInteger integer = number.toBigIntegerExact();
        return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
    }

    private static String text(JsonParser parser, String text) {
        if (text.indexOf('\0') >= 0) {
            throw malformed(parser.getLocation(), "text contains a NUL character (U+0000)");
        }
        return text;
    }

    private static InvalidServiceTemplateException malformed(JsonLocation location, String problem) {
        String where = location == null ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new InvalidServiceTemplateException("Malformed JSON" + where + ": " + Excerpt.of(problem));
    }
}
