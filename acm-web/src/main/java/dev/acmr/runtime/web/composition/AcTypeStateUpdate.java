package dev.acmr.runtime.web.composition;

import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import java.util.Arrays;
import java.util.Map;

/**
 * ONAP's body of {@code PUT /compositions/{id}}: {@code {"primeOrder": "PRIME"}} or {@code "DEPRIME"}, as JSON or
 * YAML. Read by hand from the body's tree so that a missing or unknown order, or a body that is no object at all, is
 * a 400 that says which values are valid. Other fields are ignored, as ONAP does.
 */
final class AcTypeStateUpdate {

    private AcTypeStateUpdate() {
    }

    static PrimeOrder primeOrderOf(Object body) {
        if (!(body instanceof Map<?, ?> fields)) {
            throw new CompositionRejectedException("Not valid order: the body must be an object with primeOrder, "
                    + "one of " + Arrays.toString(PrimeOrder.values()));
        }
        Object value = fields.get("primeOrder");
        if (value == null) {
            throw new CompositionRejectedException("Not valid order: primeOrder is missing; expected one of "
                    + Arrays.toString(PrimeOrder.values()));
        }
        if (!(value instanceof String text)) {
            throw new CompositionRejectedException("Not valid order: primeOrder must be one of "
                    + Arrays.toString(PrimeOrder.values()));
        }
        return Arrays.stream(PrimeOrder.values())
                .filter(order -> order.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new CompositionRejectedException("Not valid order " + text
                        + "; expected one of " + Arrays.toString(PrimeOrder.values())));
    }
}
