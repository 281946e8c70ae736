package dev.acmr.participant.models.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PfModelRuntimeExceptionTest {

    @Test
    void wrappingACheckedExceptionKeepsItsStatusMessageAndObject() {
        Object payload = new Object();
        PfModelException checked = new PfModelException("BAD_REQUEST", "element not valid", null, payload);

        PfModelRuntimeException wrapped = new PfModelRuntimeException(checked);

        assertEquals("BAD_REQUEST", wrapped.getStatusCode());
        assertEquals("element not valid", wrapped.getMessage());
        assertSame(payload, wrapped.getObject());
        assertSame(checked, wrapped.getCause());
    }

    @Test
    void theStatusIsWhateverTheThrowerGave() {
        assertEquals(409, new PfModelRuntimeException(409, "conflict").getStatusCode());
    }
}
