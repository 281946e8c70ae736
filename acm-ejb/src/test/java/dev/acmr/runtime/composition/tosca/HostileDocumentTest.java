package dev.acmr.runtime.composition.tosca;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Documents built to exhaust memory, stack or time are refused quickly, as client errors. */
class HostileDocumentTest {

    private static final ParseLimits LIMITS = ParseLimits.forDocumentsOf(4 * 1024 * 1024);
    // A bound against hanging, not a performance goal: generous, so a loaded 2-core build machine does not fail it
    // (an unprotected parser takes minutes or runs out of memory on these documents).
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(("*a" + (level - 1) + ", ").repeat(9)).append("*a").append(level - 1).append("]\n");
        }
        assertRefused(yaml.toString(), "Malformed YAML");
    }

    @Test
    void aScalarRepeatedByAliasesBeyondTheExpansionLimitIsRefused() {
        String yaml = "big: &big " + "x".repeat(1024 * 1024) + "\nmany: [" + "*big, ".repeat(20) + "*big]\n";

        assertRefused(yaml, "expands to more than");
    }

    @Test
    void aCollectionContainingItselfIsRefused() {
        assertRefused("loop: &loop [a, *loop]\n", "refers to a collection that contains it");
    }

    @Test
    void deepNestingIsRefusedBeforeTheLoaderRecurses() {
        int depth = 1_000_000;
        assertRefused("[".repeat(depth) + "]".repeat(depth), "nesting is deeper than 100 levels");
        assertRefused("- ".repeat(depth) + "x", "nesting is deeper than 100 levels");
        assertRefusedJson("[".repeat(depth) + "]".repeat(depth), "nesting is deeper than 100 levels");
    }

    @Test
    void explicitTagsForOtherTypesAreRefused() {
        assertRefused("id: !!java.util.UUID 6c6e5b3a-0000-4000-8000-000000000001\n", "is not plain data");
        assertRefused("data: !!binary aGVsbG8=\n", "is not plain data");
        assertRefused("set: !!set {a, b}\n", "is not plain data");
        assertRefused("custom: !Custom x\n", "Malformed YAML");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertRefused("a: 1\na: 2\n", "duplicate key");
        assertRefused("1: a\n\"1\": b\n", "appears twice");
        assertRefusedJson("{\"a\": 1, \"a\": 2}", "appears twice");
    }

    @Test
    void numbersJsonCannotHoldAreRefused() {
        assertRefused("a: .nan\n", "cannot be written in JSON");
        assertRefused("a: -.inf\n", "cannot be written in JSON");
    }

    @Test
    void integersTooLongToConvertQuicklyAreRefused() {
        assertRefused("a: " + "7".repeat(2_000_000) + "\n", "a number is longer than 1000 characters");
        assertRefused("a: !!int \"" + "7".repeat(2_000_000) + "\"\n", "a number is longer than 1000 characters");
        assertRefusedJson("{\"a\": " + "7".repeat(2_000_000) + "}", "a number is longer than 1000 characters");
    }

    @Test
    void textWithNulIsRefused() {
        assertRefused("a: \"x\\0y\"\n", "NUL");
        assertRefusedJson("{\"a\": \"x\\u0000y\"}", "NUL");
    }

    @Test
    void documentsBeyondTheCodePointLimitAreRefused() {
        ParseLimits small = ParseLimits.forDocumentsOf(1000);
        InvalidServiceTemplateException e = assertThrows(InvalidServiceTemplateException.class,
                () -> new YamlDocumentReader(small).read("a: " + "x".repeat(2000)));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        assertRefused("a: 1\n---\nb: 2\n", "another document");
        assertRefusedJson("{\"a\": 1} {\"b\": 2}", "Malformed JSON at line 1, column 10");
    }

    private static void assertRefused(String yaml, String mentioned) {
        InvalidServiceTemplateException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(InvalidServiceTemplateException.class, () -> new YamlDocumentReader(LIMITS).read(yaml)));
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "the message quotes little of the input: " + e.getMessage().length());
    }

    private static void assertRefusedJson(String json, String mentioned) {
        InvalidServiceTemplateException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(InvalidServiceTemplateException.class, () -> new JsonDocumentReader().read(json)));
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
    }
}
