package dev.acmr.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The running stack as the launcher reports it; tests drive it only through ./acm, as an operator would. */
final class Stack {

    static final String RUNTIME_USER = "runtimeUser";
    static final String RUNTIME_PASSWORD = "zb!XztG34";
    /** The runtime's liveness window (acm.participant.maxStatusWaitMs, the launcher's ACM_MAX_STATUS_WAIT_MS). */
    static final Duration HEARTBEAT_WINDOW = Duration.ofMillis(3000);

    private static final Path LAUNCHER = Path.of(System.getProperty("acm.launcher", "../acm"));
    private static final java.net.http.HttpClient PROBE = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** The participant ./acm start runs by default (ONAP's sim-1), as the launcher reports it: never a copy of its id. */
    static final String DEFAULT_PARTICIPANT = status().getString("defaultParticipant");

    private Stack() {
    }

    static JsonObject status() {
        String out = launcher(Duration.ofSeconds(60), "status", "--json");
        return Json.createReader(new StringReader(out)).readObject();
    }

    static List<String> runtimeUrls() {
        return status().getJsonArray("runtime").getValuesAs(JsonObject.class).stream()
                .map(node -> node.getString("url"))
                .toList();
    }

    static JsonObject participant(String participantId) {
        return status().getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("participantId").equals(participantId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("launcher knows no participant " + participantId));
    }

    /** The pid of runtime node {@code index} (0-based, as {@link #runtimeUrls()}), from {@code ./acm status --json}. */
    static long runtimePid(int index) {
        return status().getJsonArray("runtime").getJsonObject(index).getJsonNumber("pid").longValue();
    }

    static long brokerPid() {
        return status().getJsonObject("broker").getJsonNumber("pid").longValue();
    }

    /** The database name of the stack, from the launcher's database URL (postgresql://host:port/name). */
    static String databaseName() {
        String url = status().getJsonObject("database").getString("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Whether the launcher runs the participant with at least {@code replicas} replicas, every one UP. */
    static boolean running(String participantId, int replicas) {
        return status().getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("participantId").equals(participantId))
                .map(p -> p.getJsonArray("replicas").getValuesAs(JsonObject.class))
                .anyMatch(list -> list.size() >= replicas && list.stream().allMatch(r -> "UP".equals(r.getString("health"))));
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
            return status().getJsonObject("simulatorPresets").getString(launcherName);
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
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return PROBE.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
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

    /** Runs ./acm with arguments; returns its standard output. A non-zero exit other than status's 3 fails. */
    static String launcher(Duration timeout, String... args) {
        var command = new java.util.ArrayList<String>();
        command.add(LAUNCHER.toAbsolutePath().toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./acm " + String.join(" ", args) + " did not finish in " + timeout);
            }
            int exit = process.exitValue();
            if (exit != 0 && !(exit == 3 && args[0].equals("status"))) {
                throw new AssertionError("./acm " + String.join(" ", args) + " exited " + exit);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + LAUNCHER, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
