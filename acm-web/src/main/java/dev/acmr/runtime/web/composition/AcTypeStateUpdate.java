package dev.acmr.runtime.web.composition;

import dev.acmr.runtime.composition.application.CompositionRejectedException;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;

/**
 * ONAP's body of {@code PUT /compositions/{id}}: {@code {"primeOrder": "PRIME"}} or {@code "DEPRIME"}. Read by hand
 * so that a missing or unknown order is a 400 that says which values are valid, not a conversion error.
 */
final class AcTypeStateUpdate {

    private AcTypeStateUpdate() {
    }

    static PrimeOrder primeOrderOf(JsonObject body) {
        JsonValue value = body == null ? null : body.get("primeOrder");
        if (!(value instanceof JsonString text)) {
            throw new CompositionRejectedException("Not valid order: primeOrder is missing; expected one of "
                    + Arrays.toString(PrimeOrder.values()));
        }
        return Arrays.stream(PrimeOrder.values())
                .filter(order -> order.name().equals(text.getString()))
                .findFirst()
                .orElseThrow(() -> new CompositionRejectedException("Not valid order " + text.getString()
                        + "; expected one of " + Arrays.toString(PrimeOrder.values())));
    }
}
