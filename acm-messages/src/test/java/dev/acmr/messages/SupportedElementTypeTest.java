package dev.acmr.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SupportedElementTypeTest {

    @Test
    void parsesNameAndVersionAtTheLastColon() {
        assertEquals(new SupportedElementType("org.onap.Sim", "1.0.0"), SupportedElementType.parse("org.onap.Sim:1.0.0"));
        assertEquals(new SupportedElementType("a:b", "2"), SupportedElementType.parse("a:b:2"));
    }

    @Test
    void parsesListsIgnoringBlanksAndDuplicates() {
        assertEquals(List.of(SupportedElementType.parse("x:1"), SupportedElementType.parse("y:2")),
                SupportedElementType.parseList(" x:1, ,y:2,x:1 "));
        assertEquals(List.of(), SupportedElementType.parseList(null));
    }

    @Test
    void rejectsMissingParts() {
        assertThrows(IllegalArgumentException.class, () -> SupportedElementType.parse("noversion"));
        assertThrows(IllegalArgumentException.class, () -> SupportedElementType.parse("name:"));
        assertThrows(IllegalArgumentException.class, () -> SupportedElementType.parse(":1.0"));
    }
}
