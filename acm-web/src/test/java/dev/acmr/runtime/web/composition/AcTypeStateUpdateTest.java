package dev.acmr.runtime.web.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.tosca.DocumentSyntax;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import org.junit.jupiter.api.Test;

class AcTypeStateUpdateTest {

    private static final ServiceTemplateParser PARSER = new ServiceTemplateParser(ParseLimits.forDocumentsOf(4096));

    @Test
    void readsTheOrderFromJsonOrYaml() {
        assertEquals(PrimeOrder.PRIME, AcTypeStateUpdate.primeOrderOf(json("{\"primeOrder\": \"PRIME\"}")));
        assertEquals(PrimeOrder.DEPRIME, AcTypeStateUpdate.primeOrderOf(
                PARSER.readDocument("primeOrder: DEPRIME\n", DocumentSyntax.YAML)));
    }

    @Test
    void refusesWhatIsNoOrderWithA400() {
        for (String body : new String[] {"[]", "null", "1", "\"PRIME\"", "{}", "{\"primeOrder\": null}",
            "{\"primeOrder\": 1}", "{\"primeOrder\": [\"PRIME\"]}", "{\"primeOrder\": {}}", "{\"primeOrder\": \"prime\"}"}) {
            assertThrows(CompositionRejectedException.class, () -> AcTypeStateUpdate.primeOrderOf(json(body)), body);
        }
    }

    private static Object json(String text) {
        return PARSER.readDocument(text, DocumentSyntax.JSON);
    }
}
