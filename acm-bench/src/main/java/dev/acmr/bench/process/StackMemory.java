package dev.acmr.bench.process;

import dev.acmr.bench.scenario.Figure;
import java.util.Map;

/**
 * The summary's "resident memory of the stack": RSS summed over the DAS, the runtime nodes, the broker and the default
 * participant's replicas (the bench participant's replicas, PostgreSQL and the client are not part of it), taken at
 * the end of the scenario where it was largest; PSS and PostgreSQL are shown beside it.
 */
public final class StackMemory {

    static final long GOAL_MIB = 2048;

    private StackMemory() {
    }

    /** {@code snapshots}: each scenario's title to its snapshot at the end, in run order. */
    public static Figure figure(Map<String, ProcessSnapshot> snapshots) {
        String peakScenario = null;
        ProcessSnapshot peak = null;
        for (Map.Entry<String, ProcessSnapshot> entry : snapshots.entrySet()) {
            Long rss = entry.getValue().rssKib(ProcessRole::inDefaultStack);
            if (rss != null && (peak == null || rss > peak.rssKib(ProcessRole::inDefaultStack))) {
                peak = entry.getValue();
                peakScenario = entry.getKey();
            }
        }
        if (peak == null) {
            return Figure.info("Resident memory of the stack (RSS)", "not available (no process readable in /proc)",
                    "not published");
        }
        long rss = peak.rssKib(ProcessRole::inDefaultStack);
        String measured = ProcessTable.mib(rss) + " MiB RSS (PSS " + ProcessTable.mib(peak.pssKib(
                ProcessRole::inDefaultStack)) + " MiB; PostgreSQL " + database(peak) + ")";
        String name = "Resident memory of the stack: DAS + " + peak.count(r -> r == ProcessRole.RUNTIME_NODE)
                + " nodes + broker + " + peak.count(r -> r == ProcessRole.DEFAULT_REPLICA)
                + " default replicas, RSS (largest at a scenario's end: " + peakScenario + ")";
        boolean complete = peak.count(r -> r == ProcessRole.DAS) == 1 && peak.count(r -> r == ProcessRole.BROKER) == 1;
        if (!complete) {
            return Figure.info(name, measured + "; DAS or broker pid unknown, sum incomplete", "not published");
        }
        return new Figure(name, measured, "not published", "≤ 2 GiB (" + GOAL_MIB + " MiB)",
                Figure.Verdict.of(rss / 1024.0 <= GOAL_MIB));
    }

    private static String database(ProcessSnapshot snapshot) {
        if (snapshot.count(r -> r == ProcessRole.DATABASE) == 0) {
            return "not available";
        }
        return ProcessTable.mib(snapshot.rssKib(r -> r == ProcessRole.DATABASE)) + " MiB RSS / "
                + ProcessTable.mib(snapshot.pssKib(r -> r == ProcessRole.DATABASE)) + " MiB PSS";
    }
}
