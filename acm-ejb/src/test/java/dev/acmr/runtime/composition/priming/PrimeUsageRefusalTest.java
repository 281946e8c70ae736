package dev.acmr.runtime.composition.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.domain.PrimeOrder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimeUsageRefusalTest {

    @Test
    void aCompositionWithInstancesIsNeitherPrimedNorDeprimed() {
        assertEquals(Optional.of("Not valid DEPRIME: the composition has instances"),
                PrimingService.usageRefusal(PrimeOrder.DEPRIME, true, false));
    }

    @Test
    void theTargetOfAMigrationIsNotDeprimed() {
        assertEquals(Optional.of("This compositionId is referenced as a targetCompositionId in the instance table."),
                PrimingService.usageRefusal(PrimeOrder.DEPRIME, false, true));
        assertEquals(Optional.empty(), PrimingService.usageRefusal(PrimeOrder.DEPRIME, false, false));
    }
}
