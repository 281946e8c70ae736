package dev.acmr.participant.adapter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConfigLookupTest {

    private static final Function<String, Optional<String>> NO_MP = key -> Optional.empty();

    @Test
    void microProfileComesFirst() {
        ConfigLookup lookup = new ConfigLookup(key -> Optional.of("mp"), Map.of("k", "sys")::get,
                Map.of("k", "env")::get);
        assertEquals(Optional.of("mp"), lookup.apply("k"));
    }

    @Test
    void systemPropertyBeforeEnvironment() {
        ConfigLookup lookup = new ConfigLookup(NO_MP, Map.of("participant.id", "sys")::get,
                Map.of("PARTICIPANT_ID", "env")::get);
        assertEquals(Optional.of("sys"), lookup.apply("participant.id"));
    }

    @Test
    void environmentByKeyThenUpperCasedWithUnderscores() {
        ConfigLookup exact = new ConfigLookup(NO_MP, key -> null, Map.of("participant.id", "exact")::get);
        ConfigLookup upper = new ConfigLookup(NO_MP, key -> null, Map.of("PARTICIPANT_ID", "upper")::get);
        ConfigLookup sanitized = new ConfigLookup(NO_MP, key -> null, Map.of("participant_id", "lower")::get);
        assertEquals(Optional.of("exact"), exact.apply("participant.id"));
        assertEquals(Optional.of("upper"), upper.apply("participant.id"));
        assertEquals(Optional.of("lower"), sanitized.apply("participant.id"));
    }

    @Test
    void nothingSetIsEmpty() {
        assertEquals(Optional.empty(), new ConfigLookup(NO_MP, key -> null, key -> null).apply("x"));
    }

    @Test
    void runtimeLookupWorksWithoutAMicroProfileProvider() {
        // No MP Config implementation on the test class path: the lookup must fall back, not fail.
        System.setProperty("acm.test.lookup", "from-sysprop");
        try {
            assertEquals(Optional.of("from-sysprop"), ConfigLookup.ofRuntime().apply("acm.test.lookup"));
        } finally {
            System.clearProperty("acm.test.lookup");
        }
    }
}
