package dev.acmr.client.stack;

import dev.acmr.client.ClientException;
import dev.acmr.client.JsonText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The stack's launcher ({@code ./acm} at the project root), run as an operator would. It inherits this process's
 * environment, so {@code ACM_HOME} chooses which stack it sees.
 */
public final class Launcher {

    /** {@code ./acm status} exits 3 when something is DOWN: an answer, not a failure. */
    private static final int STATUS_SOMETHING_DOWN = 3;

    private final Path script;

    public Launcher(Path script) {
        this.script = script;
    }

    /** {@code ./acm status --json}, read into a view; a part DOWN is reported in it, not thrown. */
    public StackView status(Duration timeout) {
        Result result = run(Map.of(), timeout, line -> { }, "status", "--json");
        if (result.exit() != 0 && result.exit() != STATUS_SOMETHING_DOWN) {
            throw new ClientException("./acm status --json exited " + result.exit() + ": " + result.stderr());
        }
        return StackView.parse(result.stdout());
    }

    /**
     * Runs {@code ./acm args...} with extra environment variables; every line of its standard error (the launcher's
     * log) is also given to {@code onLogLine} as it comes. Throws only when it cannot run or does not finish in time.
     */
    public Result run(Map<String, String> env, Duration timeout, Consumer<String> onLogLine, String... args) {
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
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ClientException("./acm " + String.join(" ", args) + " did not finish in " + timeout);
            }
            errors.join();
            synchronized (stderr) {
                return new Result(process.exitValue(), stdout, stderr.toString());
            }
        } catch (IOException e) {
            throw new ClientException("cannot run " + script + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted while running ./acm " + String.join(" ", args), e);
        }
    }

    /** Runs {@code ./acm args...} and throws unless it exits 0. */
    public Result runOrFail(Duration timeout, Consumer<String> onLogLine, String... args) {
        Result result = run(Map.of(), timeout, onLogLine, args);
        if (result.exit() != 0) {
            throw new ClientException("./acm " + String.join(" ", args) + " exited " + result.exit() + ": "
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

    /** What a run printed: standard output, and the log (standard error). */
    public record Result(int exit, String stdout, String stderr) {
    }
}
