package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorPresetTest {

    @Test
    void presetsAreOnapsSimulatorsWithTheIdsAndTypesOfItsComposeFiles() {
        assertEquals(List.of("sim-1", "sim-2", "sim-3"), SimulatorPreset.ALL.stream().map(SimulatorPreset::name).toList());
        SimulatorPreset sim3 = SimulatorPreset.named("sim-3").orElseThrow();
        assertEquals("101c62b3-8918-41b9-a747-d21eb79c6c92", sim3.participantId());
        assertEquals("org.onap.policy.clamp.acm.SimAutomationCompositionElement3:1.0.0,"
                + "org.onap.policy.clamp.acm.SimAutomationCompositionElement4:1.0.0", sim3.typesArgument());
        assertTrue(SimulatorPreset.named("sim-9").isEmpty());
        assertEquals("sim-1, sim-2, sim-3", SimulatorPreset.names());
    }

    @Test
    void theDefaultParticipantIsSim1() {
        SimulatorPreset preset = SimulatorPreset.defaultParticipant(settings(Map.of()));
        assertEquals("101c62b3-8918-41b9-a747-d21eb79c6c90", preset.participantId());
        assertEquals("org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0", preset.typesArgument());
    }

    @Test
    void theEnvironmentOverridesTheDefaultParticipantsIdAndTypesEachOnItsOwn() {
        String id = "11111111-2222-3333-4444-555555555555";
        SimulatorPreset preset = SimulatorPreset.defaultParticipant(settings(Map.of("ACM_SIM_DEFAULT_ID", id)));
        assertEquals(id, preset.participantId());
        assertEquals(SimulatorPreset.DEFAULT.types(), preset.types());
        preset = SimulatorPreset.defaultParticipant(settings(Map.of("ACM_SIM_DEFAULT_TYPES", "a.B:1.0.0,a.C:2.0.0",
                "ACM_SIM_DEFAULT_ID", "")));
        assertEquals(SimulatorPreset.DEFAULT.participantId(), preset.participantId());
        assertEquals("a.B:1.0.0,a.C:2.0.0", preset.typesArgument());
    }

    /** Settings as the launcher's scripts pass them, with its defaults, under {@code root}, plus {@code extra}. */
    static LauncherSettings settings(Path root, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("ACM_HOST", "127.0.0.1");
        env.put("ACM_RUN", root.resolve("run").toString());
        env.put("ACM_DOMAIN_DIR", root.resolve("domains/acm").toString());
        env.put("ACM_NODES_DIR", root.resolve("dist/payara6/glassfish/nodes/localhost-acm").toString());
        env.put("ACM_DB_PORT", "5432");
        env.put("ACM_DB_NAME", "acm");
        env.put("ACM_DB_USER", "acm");
        env.put("ACM_DB_PASSWORD", "acm");
        env.put("ACM_BROKER_PORT", "7676");
        env.put("ACM_PORTBASE", "24800");
        env.put("ACM_RUNTIME_PORT", "6969");
        env.put("ACM_INSTANCE_PORTBASE", "25000");
        env.put("ACM_SIM_PORT_FIRST", "8101");
        env.putAll(extra);
        return LauncherSettings.from(env);
    }

    private static LauncherSettings settings(Map<String, String> extra) {
        return settings(Path.of("/nonexistent"), extra);
    }
}
