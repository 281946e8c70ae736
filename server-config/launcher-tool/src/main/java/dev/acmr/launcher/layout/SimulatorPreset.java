package dev.acmr.launcher.layout;

import java.util.List;
import java.util.Optional;

/**
 * One of ONAP's simulator participants, with the participant id and element types of ONAP's compose files, so that
 * ONAP's own CSIT flows and payloads run unchanged. {@link #DEFAULT} is the participant ./acm start runs.
 *
 * @param name  the name operators use ({@code ./acm sim start sim-2})
 * @param types the element types it supports, as NAME:VERSION
 */
public record SimulatorPreset(String name, String participantId, List<String> types) {

    public static final List<SimulatorPreset> ALL = List.of(
            new SimulatorPreset("sim-1", "101c62b3-8918-41b9-a747-d21eb79c6c90",
                    List.of("org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0")),
            new SimulatorPreset("sim-2", "101c62b3-8918-41b9-a747-d21eb79c6c91",
                    List.of("org.onap.policy.clamp.acm.SimAutomationCompositionElement2:1.0.0")),
            new SimulatorPreset("sim-3", "101c62b3-8918-41b9-a747-d21eb79c6c92",
                    List.of("org.onap.policy.clamp.acm.SimAutomationCompositionElement3:1.0.0",
                            "org.onap.policy.clamp.acm.SimAutomationCompositionElement4:1.0.0")));

    /** ONAP's sim-1, the default participant. */
    public static final SimulatorPreset DEFAULT = ALL.get(0);

    public SimulatorPreset {
        types = List.copyOf(types);
    }

    public static Optional<SimulatorPreset> named(String name) {
        return ALL.stream().filter(preset -> preset.name.equals(name)).findFirst();
    }

    /**
     * The participant ./acm start runs: sim-1 unless the environment overrides its id or types
     * (ACM_SIM_DEFAULT_ID, ACM_SIM_DEFAULT_TYPES), each on its own.
     */
    public static SimulatorPreset defaultParticipant(LauncherSettings settings) {
        return new SimulatorPreset(DEFAULT.name, settings.defaultParticipantId().orElse(DEFAULT.participantId),
                settings.defaultParticipantTypes().map(List::of).orElse(DEFAULT.types));
    }

    /** The types as the simulator's participant.supportedElementTypes takes them: NAME:VERSION,NAME:VERSION. */
    public String typesArgument() {
        return String.join(",", types);
    }

    /** The names of every preset, for messages: sim-1, sim-2, sim-3. */
    public static String names() {
        return String.join(", ", ALL.stream().map(SimulatorPreset::name).toList());
    }
}
