package dev.acmr.bench.client;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The stack's launcher ({@code ./acm}), run as an operator would; it inherits this process's environment, so
 * {@code ACM_HOME} chooses which stack it sees.
 */
public final class Launcher {

    private final Path script;

    public Launcher(Path script) {
        this.script = script;
    }

    /** {@code ./acm status --json}; exit 3 (something DOWN) is not an error here. */
    public JsonObject status() {
        Result result = run(Map.of(), 120, line -> { }, "status", "--json");
        if (result.exit() != 0 && result.exit() != 3) {
            throw new BenchException("./acm status --json exited " + result.exit() + ": " + result.stderr());
        }
        return JsonText.object(result.stdout());
    }

    /** Runs {@code ./acm args...}; every stderr line (the launcher's log) is also given to {@code onLogLine}. */
    public Result run(Map<String, String> env, long timeoutSeconds, Consumer<String> onLogLine, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            StringBuilder stderr = new StringBuilder();
            Thread errors = new Thread(() -> readLines(process, stderr, onLogLine), "launcher-stderr");
            errors.start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BenchException("./acm " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
            }
            errors.join();
            return new Result(process.exitValue(), stdout, stderr.toString());
        } catch (IOException e) {
            throw new BenchException("cannot run " + script + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running ./acm " + String.join(" ", args), e);
        }
    }

    /** Runs {@code ./acm args...} and fails unless it exits 0. */
    public Result runOrFail(long timeoutSeconds, String... args) {
        Result result = run(Map.of(), timeoutSeconds, line -> { }, args);
        if (result.exit() != 0) {
            throw new BenchException("./acm " + String.join(" ", args) + " exited " + result.exit() + ": "
                    + JsonText.abbreviate(result.stderr()));
        }
        return result;
    }

    private static void readLines(Process process, StringBuilder into, Consumer<String> onLine) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                onLine.accept(line);
                synchronized (into) {
                    into.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    public record Result(int exit, String stdout, String stderr) {
    }
}
