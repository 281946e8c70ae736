package dev.acmr.runtime.web.composition;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.tosca.DocumentSyntax;
import dev.acmr.runtime.composition.tosca.InvalidServiceTemplateException;
import dev.acmr.runtime.composition.tosca.ParseLimits;
import dev.acmr.runtime.composition.tosca.ServiceTemplateParser;
import dev.acmr.runtime.web.body.MalformedBodies;
import dev.acmr.runtime.web.body.RequestDocument;
import org.junit.jupiter.api.Test;

/** Every malformed body is one of the refusals the exception mappers turn into a 400, never anything else. */
class MalformedCompositionBodiesTest {

    @Test
    void primeOrders() {
        for (MalformedBodies.Body body : MalformedBodies.anyEndpoint()) {
            RuntimeException refusal = assertThrows(RuntimeException.class,
                    () -> AcTypeStateUpdate.primeOrderOf(body.read()), body.toString());
            if (!(refusal instanceof InvalidServiceTemplateException || refusal instanceof CompositionRejectedException)) {
                throw new AssertionError(body + " escapes the mappers: " + refusal, refusal);
            }
        }
    }

    @Test
    void templates() {
        ServiceTemplateParser parser = new ServiceTemplateParser(ParseLimits.forDocumentsOf(MalformedBodies.MAX_BYTES));
        for (MalformedBodies.Body body : MalformedBodies.anyEndpoint()) {
            assertThrows(InvalidServiceTemplateException.class,
                    () -> parser.parse(body.text(), RequestDocument.syntaxOf(body.mediaType())), body.toString());
        }
        for (String json : new String[] {"{}", "{\"name\": {}, \"version\": \"1\"}", "{\"topology_template\": []}",
            "{\"topology_template\": {\"node_templates\": {\"a\": null}}}",
            "{\"node_types\": {\"a\": {\"properties\": {\"p\": {\"type\": []}}}}}", "{\"data_types\": 1}"}) {
            assertThrows(InvalidServiceTemplateException.class, () -> parser.parse(json, DocumentSyntax.JSON), json);
        }
    }
}
