package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.LauncherSettings;
import dev.acmr.launcher.layout.RuntimeNodes;
import dev.acmr.launcher.layout.SimulatorDirectory;
import dev.acmr.launcher.layout.SimulatorPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Gathers a {@link StackStatus}: reads the pid files and the simulators' state, starts every health probe at once
 * and then waits for all of them. Reads only; starts and stops nothing.
 */
public final class StackProbe {

    private final LauncherSettings settings;

    public StackProbe(LauncherSettings settings) {
        this.settings = settings;
    }

    public StackStatus gather() {
        String host = settings.host();
        try (HealthChecks checks = new HealthChecks()) {
            List<Supplier<StackStatus.Node>> runtime = runtime(checks);
            List<Supplier<StackStatus.Participant>> participants = participants(checks);
            OptionalLong brokerPid = PidFile.livePid(settings.brokerPidFile());
            CompletableFuture<Health> brokerHealth = brokerPid.isPresent()
                    ? checks.listening(host, settings.brokerPort()) : CompletableFuture.completedFuture(Health.DOWN);
            CompletableFuture<Health> databaseHealth = checks.database(host, settings.database());
            OptionalLong dasPid = PidFile.livePid(settings.dasPidFile());
            return new StackStatus(
                    runtime.stream().map(Supplier::get).toList(),
                    new StackStatus.Component("http://" + host + ":" + settings.runtimePorts().adminPort(), dasPid,
                            Health.of(dasPid.isPresent())),
                    SimulatorPreset.defaultParticipant(settings).participantId(),
                    SimulatorPreset.ALL,
                    participants.stream().map(Supplier::get).toList(),
                    new StackStatus.Component("mq://" + host + ":" + settings.brokerPort(), brokerPid,
                            brokerHealth.join()),
                    new StackStatus.Component("postgresql://" + host + ":" + settings.database().port() + "/"
                            + settings.database().name(), PostmasterPid.of(settings.database().port()),
                            databaseHealth.join()));
        }
    }

    /** The nodes that exist in the domain, each with its probe started. */
    private List<Supplier<StackStatus.Node>> runtime(HealthChecks checks) {
        RuntimeNodes nodes = RuntimeNodes.of(settings);
        List<Supplier<StackStatus.Node>> runtime = new ArrayList<>();
        for (int node = 1, count = nodes.count(); node <= count; node++) {
            String name = RuntimeNodes.name(node);
            String url = "http://" + settings.host() + ":" + settings.runtimePorts().httpPort(node);
            OptionalLong pid = PidFile.livePid(nodes.pidFile(node));
            CompletableFuture<Health> health = checks.ready(url);
            runtime.add(() -> new StackStatus.Node(name, url, pid, health.join()));
        }
        return runtime;
    }

    /** The participants started so far and their replicas, each replica with its probe started. */
    private List<Supplier<StackStatus.Participant>> participants(HealthChecks checks) {
        SimulatorDirectory simulators = new SimulatorDirectory(settings.simulatorsDirectory());
        List<Supplier<StackStatus.Participant>> participants = new ArrayList<>();
        for (String participant : simulators.participants()) {
            List<Supplier<StackStatus.Replica>> replicas = new ArrayList<>();
            for (String slot : simulators.slots(participant)) {
                Optional<String> port = simulators.port(participant, slot);
                String url = "http://" + settings.host() + ":" + port.orElse("");
                OptionalLong pid = PidFile.livePid(simulators.pidFile(participant, slot));
                Optional<String> replicaId = simulators.replicaId(participant, slot);
                // Without a recorded port there is nothing to ask.
                CompletableFuture<Health> health = port.isPresent()
                        ? checks.ready(url) : CompletableFuture.completedFuture(Health.DOWN);
                replicas.add(() -> new StackStatus.Replica(slot, replicaId, url, pid, health.join()));
            }
            participants.add(() -> new StackStatus.Participant(participant,
                    replicas.stream().map(Supplier::get).toList()));
        }
        return participants;
    }
}
