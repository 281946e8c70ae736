package dev.acmr.runtime.composition.tosca;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML 1.2 document (core schema: {@code ~} and {@code null} are null, {@code 0x1F} is a number) into a
 * JSON tree ({@link DocumentTree}).
 *
 * <p>Hostile input is met in two passes. The first walks the parser's events, which costs no recursion, and stops
 * at the first collection nested deeper than the limit (the loader recurses per level and would overflow the stack),
 * the first alias to a collection that is still open (a structure containing itself) or the first integer too long
 * to convert in reasonable time. Only then does the loader
 * build objects, with a code point limit, few aliases to collections, no recursive keys, no duplicate keys and no
 * tags beyond the standard ones.
 */
final class YamlDocumentReader {

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");

    private final ParseLimits limits;

    YamlDocumentReader(ParseLimits limits) {
        this.limits = limits;
    }

    /** The document's tree; null for an empty document. */
    Object read(String text) {
        try {
            checkStructure(text);
            return DocumentTree.of(new Load(settings()).loadFromString(text), limits);
        } catch (MarkedYamlEngineException e) {
            throw malformed(e.getProblemMark(), e.getProblem() + context(e));
        } catch (YamlEngineException e) {
            throw new InvalidServiceTemplateException("Malformed YAML: " + oneLine(e.getMessage()));
        } catch (InvalidServiceTemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever else the parser throws, it threw on this input: the client's error, not a server fault.
            throw new InvalidServiceTemplateException("Malformed YAML: the parser failed with "
                    + e.getClass().getSimpleName());
        }
    }

    private void checkStructure(String text) {
        Deque<Optional<Anchor>> open = new ArrayDeque<>();
        for (Event event : new Parse(settings()).parseString(text)) {
            if (event instanceof CollectionStartEvent start) {
                open.push(start.getAnchor());
                if (open.size() > limits.maxDepth()) {
                    throw malformed(event.getStartMark(), "nesting is deeper than " + limits.maxDepth() + " levels");
                }
            } else if (event instanceof CollectionEndEvent) {
                open.pop();
            } else if (event instanceof AliasEvent alias && open.contains(Optional.of(alias.getAlias()))) {
                throw malformed(event.getStartMark(), "the alias *" + Excerpt.of(alias.getAlias().getValue())
                        + " refers to a collection that contains it");
            } else if (event instanceof ScalarEvent scalar && isLongInteger(scalar)) {
                throw malformed(event.getStartMark(), "a number is longer than " + ParseLimits.MAX_NUMBER_LENGTH
                        + " characters");
            }
        }
    }

    // The core schema makes a BigInteger of any plain (or !!int tagged) run of digits, in time quadratic in its length.
    private static boolean isLongInteger(ScalarEvent scalar) {
        return (scalar.isPlain() || scalar.getTag().isPresent())
                && scalar.getValue().length() > ParseLimits.MAX_NUMBER_LENGTH
                && INTEGER.matcher(scalar.getValue()).matches();
    }

    private LoadSettings settings() {
        return LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setCodePointLimit(limits.maxCodePoints())
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setUseMarks(true)
                .build();
    }

    private static InvalidServiceTemplateException malformed(Optional<Mark> mark, String problem) {
        return new InvalidServiceTemplateException("Malformed YAML" + where(mark, " at") + ": " + oneLine(problem));
    }

    // The problem is often noticed after its cause ("could not find expected ':'"): the context says where it began.
    private static String context(MarkedYamlEngineException e) {
        return e.getContext() == null ? "" : " (" + e.getContext() + where(e.getContextMark(), ",") + ")";
    }

    // Marks count from zero; people count lines and columns from one.
    private static String where(Optional<Mark> mark, String prefix) {
        return mark.map(m -> prefix + " line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("");
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable document" : Excerpt.of(text.strip().replaceAll("\\s+", " "));
    }
}
