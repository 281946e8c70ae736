package dev.acmr.runtime.web.instance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.composition.tosca.InvalidServiceTemplateException;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.web.body.MalformedBodies;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every malformed body is one of the refusals the exception mappers turn into a 400, never anything else. */
class MalformedInstanceBodiesTest {

    @Test
    void instanceOrders() {
        assertAllRefused(AcInstanceStateUpdate::orderOf);
    }

    @Test
    void instanceBodies() {
        assertAllRefused(AutomationCompositionReader::read);
    }

    private static void assertAllRefused(Function<Object, ?> reader) {
        for (MalformedBodies.Body body : MalformedBodies.anyEndpoint()) {
            RuntimeException refusal = assertThrows(RuntimeException.class, () -> reader.apply(body.read()),
                    body.toString());
            if (!(refusal instanceof InvalidServiceTemplateException || refusal instanceof InstanceRejectedException)) {
                throw new AssertionError(body + " escapes the mappers: " + refusal, refusal);
            }
        }
    }
}
