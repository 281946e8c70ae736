package dev.acmr.bench.scenario;

import dev.acmr.bench.client.BenchException;
import dev.acmr.client.http.Http;
import dev.acmr.client.stack.Launcher;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Startup: the last {@code ./acm start} as the launcher recorded it (start to every part healthy), and, when allowed,
 * one runtime node killed (SIGKILL) and brought back by {@code ./acm start}, timed until its readiness is 200.
 */
public final class StartupScenario implements Scenario {

    private static final String NODE_START_LINE = "starting runtime node acm-node-2";

    private final BenchContext context;

    public StartupScenario(BenchContext context) {
        this.context = context;
    }

    @Override
    public String title() {
        return "Startup";
    }

    @Override
    public String measures() {
        return "Stack start: the duration ./acm start records in $ACM_HOME/run/last-start (from the command's start to "
                + "every runtime node and replica healthy), as last run. Node restart: runtime node 2 is killed with "
                + "SIGKILL, then ./acm start (which restarts what is down) is run; measured from the moment the launcher "
                + "logs that it starts the node until http://127.0.0.1:6970/health/ready answers 200 (and, for "
                + "reference, from the kill).";
    }

    @Override
    public void run(ScenarioResult result) throws Exception {
        result.figure(lastStackStart());
        if (!context.nodeRestart().allowed()) {
            result.figure(Figure.info("Runtime node restart to ready", "skipped: " + context.nodeRestart().reason(),
                    "not published"));
            return;
        }
        StackView view = context.launcher().status(BenchContext.STATUS_TIMEOUT);
        if (view.runtime().size() < 2) {
            throw new BenchException("node restart needs 2 runtime nodes; the launcher reports " + view.runtime().size());
        }
        RuntimeNode node2 = view.runtime().get(1);
        if (node2.pid() == null) {
            throw new BenchException("runtime node 2 is not running: " + node2);
        }
        long pid = node2.pid();
        String ready = node2.url() + "/health/ready";
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new BenchException("no process " + pid));
        long killed = System.nanoTime();
        process.destroyForcibly();
        process.onExit().get();
        AtomicLong nodeStarting = new AtomicLong();
        AtomicLong readyAt = new AtomicLong();
        Thread poller = new Thread(() -> {
            while (Http.status(ready, Duration.ofSeconds(2)) != 200) {
                Lifecycle.pause(50);
            }
            readyAt.set(System.nanoTime());
        }, "node-2-ready");
        poller.setDaemon(true);
        poller.start();
        Path record = Files.createTempFile("acm-node-restart", ".properties");
        Launcher.Result start = context.launcher().run(Map.of("ACM_START_RECORD", record.toString()),
                Duration.ofSeconds(600), line -> {
            if (line.contains(NODE_START_LINE)) {
                nodeStarting.compareAndSet(0, System.nanoTime());
            }
        }, "start", "--nodes", Integer.toString(view.runtime().size()), "--replicas",
                Integer.toString(view.replicaUrls(view.defaultParticipant()).size()));
        Files.deleteIfExists(record);
        if (start.exit() != 0) {
            throw new BenchException("./acm start exited " + start.exit() + ": " + start.stderr());
        }
        poller.join(60_000);
        if (readyAt.get() == 0) {
            throw new BenchException("node 2 not ready after ./acm start");
        }
        boolean fromLog = nodeStarting.get() != 0;
        long from = fromLog ? nodeStarting.get() : killed;
        result.figure(Figure.info("Runtime node restart to ready (" + (fromLog ? "from ./acm start starting it"
                : "from the kill") + ")", seconds(readyAt.get() - from), "not published"));
        result.note("Node 2 from SIGKILL to ready: " + seconds(readyAt.get() - killed) + " (includes the launcher's own"
                + " checks before it starts the node).");
    }

    private Figure lastStackStart() throws IOException {
        Path file = context.lastStartFile();
        if (file == null || !Files.isRegularFile(file)) {
            return Figure.info("Stack start (./acm start → all healthy)", "n/a (no ./acm start recorded in "
                    + file + ")", "not published");
        }
        Properties recorded = new Properties();
        try (var in = Files.newInputStream(file)) {
            recorded.load(in);
        }
        long startMs = Long.parseLong(recorded.getProperty("start_ms", "0"));
        long durationMs = Long.parseLong(recorded.getProperty("duration_ms", "-1"));
        return Figure.info("Stack start (./acm start → all healthy; last run " + Instant.ofEpochMilli(startMs)
                + ", " + recorded.getProperty("nodes", "?") + " nodes, " + recorded.getProperty("replicas", "?")
                + " replicas)", durationMs < 0 ? "n/a" : seconds(durationMs * 1_000_000L), "not published");
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
