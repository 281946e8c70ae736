package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.SimulatorPreset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The stack as one status call found it. URLs are the components' base addresses (the table adds the API paths).
 *
 * @param das                the domain administration server: running or not, it serves no health check
 * @param defaultParticipant the participant ./acm start runs
 * @param presets            the simulator presets ./acm sim start knows by name
 */
public record StackStatus(List<Node> runtime, Component das, String defaultParticipant, List<SimulatorPreset> presets,
                          List<Participant> participants, Component broker, Component database) {

    public StackStatus {
        runtime = List.copyOf(runtime);
        presets = List.copyOf(presets);
        participants = List.copyOf(participants);
    }

    /** A runtime node of the deployment group. */
    public record Node(String name, String url, OptionalLong pid, Health health) {
    }

    /** A participant the launcher started, with its replicas in slot order. */
    public record Participant(String participantId, List<Replica> replicas) {

        public Participant {
            replicas = List.copyOf(replicas);
        }
    }

    /** One replica: its id and port are recorded at its first launch, so either may be missing before. */
    public record Replica(String slot, Optional<String> replicaId, String url, OptionalLong pid, Health health) {
    }

    /** A single component: the broker, the database (the postmaster's pid when known) or the DAS. */
    public record Component(String url, OptionalLong pid, Health health) {
    }

    /** Whether the runtime nodes, every replica, the broker and the database are UP. */
    boolean servicesUp() {
        return runtime.stream().allMatch(node -> node.health() == Health.UP)
                && participants.stream().flatMap(participant -> participant.replicas().stream())
                        .allMatch(replica -> replica.health() == Health.UP)
                && broker.health() == Health.UP
                && database.health() == Health.UP;
    }
}
