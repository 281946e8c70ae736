package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.LauncherSettings;
import dev.acmr.launcher.layout.Ports;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The probes behind a status, each started at once and answered later, so a status with every component down takes
 * one timeout rather than the sum of them.
 */
final class HealthChecks implements AutoCloseable {

    private static final int HTTP_TIMEOUT_MS = 3000;
    /** psql has no timeout of its own; a database that hangs is as good as down for a status. */
    private static final long DATABASE_TIMEOUT_SECONDS = 10;

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "health-check");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether {@code baseUrl/health/ready} answers 200 (the runtime's and the simulators' readiness). */
    CompletableFuture<Health> ready(String baseUrl) {
        return CompletableFuture.supplyAsync(() -> Health.of(answersOk(baseUrl + "/health/ready")), executor);
    }

    // HttpURLConnection rather than HttpClient: building an HttpClient costs this short-lived program about a second.
    private static boolean answersOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(HTTP_TIMEOUT_MS);
            connection.setReadTimeout(HTTP_TIMEOUT_MS);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether something listens on the port. */
    CompletableFuture<Health> listening(String host, int port) {
        return CompletableFuture.supplyAsync(() -> Health.of(Ports.open(host, port)), executor);
    }

    /** Whether the launcher's database user can log in and run a query (as the launcher's scripts check it). */
    CompletableFuture<Health> database(String host, LauncherSettings.Database database) {
        return CompletableFuture.supplyAsync(() -> Health.of(psqlSucceeds(host, database)), executor);
    }

    private static boolean psqlSucceeds(String host, LauncherSettings.Database database) {
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", host, "-p", Integer.toString(database.port()),
                "-U", database.user(), "-d", database.name(), "-v", "ON_ERROR_STOP=1", "-qAtX", "-c", "select 1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        psql.environment().put("PGPASSWORD", database.password());
        try {
            Process process = psql.start();
            process.getOutputStream().close();
            if (!process.waitFor(DATABASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
