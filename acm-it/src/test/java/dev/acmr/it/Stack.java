package dev.acmr.it;

import dev.acmr.client.http.Http;
import dev.acmr.client.http.SimulatorClient;
import dev.acmr.client.stack.Broker;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.Participant;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The running stack as the launcher reports it ({@link StackView}, from {@code ./acm status --json}); tests drive it
 * only through ./acm, as an operator would.
 */
final class Stack {

    /** The runtime's liveness window (acm.participant.maxStatusWaitMs, the launcher's ACM_MAX_STATUS_WAIT_MS). */
    static final Duration HEARTBEAT_WINDOW = Duration.ofMillis(3000);

    private static final Launcher LAUNCHER = new Launcher(Path.of(System.getProperty("acm.launcher", "../acm")));
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(60);
    /** The participant ./acm start runs by default (ONAP's sim-1), as the launcher reports it: never a copy of its id. */
    static final String DEFAULT_PARTICIPANT = view().defaultParticipant();

    private Stack() {
    }

    /** The state directory of the stack: ACM_HOME as the launcher reads it, else .acm beside the launcher. */
    static Path acmHome() {
        String home = System.getenv("ACM_HOME");
        if (home != null && !home.isEmpty()) {
            return Path.of(home).toAbsolutePath();
        }
        return Path.of(System.getProperty("acm.launcher", "../acm")).toAbsolutePath().getParent().resolve(".acm");
    }

    /** What {@code ./acm status --json} reports now. */
    static StackView view() {
        return LAUNCHER.status(STATUS_TIMEOUT);
    }

    static List<String> runtimeUrls() {
        return view().runtimeUrls();
    }

    static Participant participant(String participantId) {
        return view().participant(participantId)
                .orElseThrow(() -> new AssertionError("launcher knows no participant " + participantId));
    }

    /** Every replica of a participant, as the launcher reports them. */
    static List<SimulatorClient> replicasOf(String participantId) {
        return participant(participantId).replicaUrls().stream().map(SimulatorClient::of).toList();
    }

    /** The pid of runtime node {@code index} (0-based, as {@link #runtimeUrls()}), from {@code ./acm status --json}. */
    static long runtimePid(int index) {
        RuntimeNode node = view().runtime().get(index);
        return pidOf(node.pid(), node);
    }

    static long brokerPid() {
        Broker broker = view().broker();
        return pidOf(broker.pid(), broker);
    }

    /** The database name of the stack, from the launcher's database URL (postgresql://host:port/name). */
    static String databaseName() {
        return view().database().name();
    }

    /** Whether the launcher runs the participant with at least {@code replicas} replicas, every one UP. */
    static boolean running(String participantId, int replicas) {
        return view().running(participantId, replicas);
    }

    /** Starts one of ONAP's further simulators ({@code ./acm sim start sim-N}) unless it runs with its replicas. */
    static void ensureSimulator(OnapSimulator simulator, int replicas) {
        if (!running(simulator.participantId(), replicas)) {
            launcher(Duration.ofMinutes(6), "sim", "start", simulator.launcherName(), "--replicas",
                    Integer.toString(replicas));
        }
    }

    /** Stops one of ONAP's further simulators ({@code ./acm sim stop sim-N}). */
    static void stopSimulator(OnapSimulator simulator) {
        launcher(Duration.ofMinutes(2), "sim", "stop", simulator.launcherName());
    }

    /**
     * ONAP's CSIT simulators beside sim-1 (the default participant), as its compose file defines them: the launcher
     * starts them by name and reports their participant ids ({@code simulatorPresets} in its status).
     */
    enum OnapSimulator {
        SIM_2("sim-2"),
        SIM_3("sim-3");

        private final String launcherName;

        OnapSimulator(String launcherName) {
            this.launcherName = launcherName;
        }

        String launcherName() {
            return launcherName;
        }

        String participantId() {
            return view().presetParticipant(launcherName);
        }
    }

    /** Sends a signal (KILL, STOP, CONT, TERM) to a process of the stack, by pid. */
    static void signal(long pid, String signal) {
        run(Duration.ofSeconds(10), "kill", "-s", signal, Long.toString(pid));
    }

    /** {@code ./acm start}: restarts whatever of the stack is down and returns once every part is healthy. */
    static void ensureUp() {
        launcher(Duration.ofMinutes(10), "start");
    }

    /** Whether {@code url/health/ready} answers 200 within 3 s. */
    static boolean ready(String url) {
        return Http.status(url + "/health/ready", Duration.ofSeconds(3)) == 200;
    }

    /** Waits until every runtime node's readiness is {@code up}. */
    static void awaitRuntimeReadiness(boolean up, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> urls = runtimeUrls();
        while (!urls.stream().allMatch(url -> ready(url) == up)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("runtime nodes not all " + (up ? "UP" : "DOWN") + " within " + timeout);
            }
            Compositions.sleep(200);
        }
    }

    /** Runs a command and fails unless it exits 0; returns its standard output. */
    static String run(Duration timeout, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs ./acm with arguments, its log on this process's standard error; returns its standard output. */
    static String launcher(Duration timeout, String... args) {
        Launcher.Result result = LAUNCHER.run(Map.of(), timeout, System.err::println, args);
        if (result.exit() != 0) {
            throw new AssertionError("./acm " + String.join(" ", args) + " exited " + result.exit());
        }
        return result.stdout();
    }

    private static long pidOf(Long pid, Object component) {
        if (pid == null) {
            throw new AssertionError("not running: " + component);
        }
        return pid;
    }
}
