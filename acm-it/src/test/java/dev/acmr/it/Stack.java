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
    static final String DEFAULT_PARTICIPANT = "101c62b3-8918-41b9-a747-d21eb79c6c03";
    /** The runtime's liveness window (acm.participant.maxStatusWaitMs, the launcher's ACM_MAX_STATUS_WAIT_MS). */
    static final Duration HEARTBEAT_WINDOW = Duration.ofMillis(3000);

    private static final Path LAUNCHER = Path.of(System.getProperty("acm.launcher", "../acm"));

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
