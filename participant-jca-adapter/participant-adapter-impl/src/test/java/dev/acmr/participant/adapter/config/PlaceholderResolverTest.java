package dev.acmr.participant.adapter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceholderResolverTest {

    private final PlaceholderResolver resolver = new PlaceholderResolver(
            key -> Optional.ofNullable(Map.of("participant.id", "abc", "port", "7677").get(key)));

    @Test
    void leavesPlainValuesAndNullAlone() {
        assertEquals("127.0.0.1:7676", resolver.resolve("127.0.0.1:7676"));
        assertNull(resolver.resolve(null));
    }

    @Test
    void replacesAKeyThatIsSet() {
        assertEquals("abc", resolver.resolve("${participant.id}"));
        assertEquals("abc", resolver.resolve("${participant.id:ignored}"));
    }

    @Test
    void firstColonSplitsKeyFromADefaultThatHasColons() {
        assertEquals("org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0",
                resolver.resolve("${participant.supportedElementTypes:"
                        + "org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0}"));
    }

    @Test
    void emptyDefaultGivesEmptyString() {
        assertEquals("", resolver.resolve("${participant.replicaId:}"));
    }

    @Test
    void replacesPlaceholdersInsideText() {
        assertEquals("127.0.0.1:7677,mq://h:1/", resolver.resolve("127.0.0.1:${port},mq://h:${other:1}/"));
    }

    @Test
    void missingKeyWithoutDefaultNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver.resolve("${participant.missing}"));
        assertTrue(e.getMessage().contains("participant.missing"), e.getMessage());
    }

    @Test
    void unclosedOrEmptyPlaceholderIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve("${participant.id"));
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve("${:x}"));
    }

    @Test
    void resolvedValuesAreNotScannedAgain() {
        PlaceholderResolver selfReferencing = new PlaceholderResolver(key -> Optional.of("${" + key + "}"));
        assertEquals("${a}", selfReferencing.resolve("${a}"));
    }
}
