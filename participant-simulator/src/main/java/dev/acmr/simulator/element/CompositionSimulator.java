package dev.acmr.simulator.element;

import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.dto.CompositionDto;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.simulator.config.SimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ONAP's simulator behaviour for prime and deprime: after the configured delay, report success or failure as set in
 * {@link SimConfig}, with every element definition's out-properties carrying {@code InternalState} = the state
 * reported (PRIMED or COMMISSIONED), which the runtime stores and syncs to every replica. The delay is read when the
 * order arrives and the success flag when it ends, as ONAP's simulator does.
 */
@ApplicationScoped
public class CompositionSimulator {

    @Inject
    SimulatedReports reports;

    /** For the container. */
    public CompositionSimulator() {
    }

    CompositionSimulator(SimulatedReports reports) {
        this.reports = reports;
    }

    public void prime(CompositionDto composition) {
        run(composition, reports.config().getPrimeTimerMs(), SimConfig::isPrimeSuccess, AcTypeState.PRIMED,
                "Primed", AcTypeState.COMMISSIONED, "Prime failed!");
    }

    public void deprime(CompositionDto composition) {
        run(composition, reports.config().getDeprimeTimerMs(), SimConfig::isDeprimeSuccess,
                AcTypeState.COMMISSIONED, "Deprimed", AcTypeState.PRIMED, "Deprime failed!");
    }

    private void run(CompositionDto composition, int delayMs, Predicate<SimConfig> succeeds, AcTypeState success,
            String successMessage, AcTypeState failure, String failureMessage) {
        reports.after(delayMs, "composition " + composition.compositionId(), () -> {
            boolean ok = succeeds.test(reports.config());
            AcTypeState state = ok ? success : failure;
            reports.executions().endedComposition(composition.compositionId(), ok ? state.name() : "FAILED");
            reports.intermediary().updateCompositionState(composition.compositionId(), state,
                    ok ? StateChangeResult.NO_ERROR : StateChangeResult.FAILED, ok ? successMessage : failureMessage,
                    withInternalState(composition, state));
        });
    }

    private static Map<ToscaConceptIdentifier, Map<String, Object>> withInternalState(CompositionDto composition,
            AcTypeState state) {
        Map<ToscaConceptIdentifier, Map<String, Object>> outPropertiesMap = new LinkedHashMap<>();
        Map<ToscaConceptIdentifier, Map<String, Object>> given = composition.outPropertiesMap() == null ? Map.of()
                : composition.outPropertiesMap();
        given.forEach((element, outProperties) -> {
            Map<String, Object> changed = new LinkedHashMap<>(outProperties == null ? Map.of() : outProperties);
            changed.put(SimulatedReports.INTERNAL_STATE, state.name());
            outPropertiesMap.put(element, changed);
        });
        return outPropertiesMap;
    }
}
