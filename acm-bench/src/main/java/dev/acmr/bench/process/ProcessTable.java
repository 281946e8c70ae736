package dev.acmr.bench.process;

import java.util.Locale;

/** The per-scenario Markdown table: CPU each process used during the scenario and its memory at the end. */
public final class ProcessTable {

    static final String NOT_AVAILABLE = "n/a";
    /** The table's "what is measured" paragraph. */
    public static final String MEASURES = "**Processes.** Every process of the stack, sampled from /proc just before "
            + "and just after the scenario: CPU = utime + stime of /proc/PID/stat (clock ticks of getconf CLK_TCK), "
            + "plus, for PostgreSQL, every live backend and the time of backends that ended (cutime + cstime of the "
            + "postmaster); CPU % of one core = CPU seconds / wall-clock seconds of the scenario (200 % = both cores "
            + "of a 2-core machine). RSS = VmRSS of /proc/PID/status, PSS (shared pages divided among the processes "
            + "sharing them) = Pss of /proc/PID/smaps_rollup; PostgreSQL sums the postmaster and its backends, so its "
            + "RSS counts the shared buffers once per backend and PSS is the truer figure. The bench participant's "
            + "replicas are started by the benchmark; \"n/a\" marks a process not readable or not running.";

    private ProcessTable() {
    }

    public static String render(ProcessSnapshot before, ProcessSnapshot after, int ticksPerSecond) {
        double wallSeconds = (after.nanos() - before.nanos()) / 1e9;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "| process (%.1f s of wall-clock time) "
                + "| CPU s during the scenario | CPU %% of one core | RSS at end (MiB) | PSS at end (MiB) |%n"
                + "|---|---:|---:|---:|---:|%n", wallSeconds));
        for (ProcessSnapshot.Sample end : after.samples()) {
            ProcessUsage last = end.usage();
            ProcessUsage first = before.byName(end.process().name()).map(ProcessSnapshot.Sample::usage).orElse(null);
            String cpu;
            String share;
            if (last == null || first == null) {
                cpu = last == null ? NOT_AVAILABLE : "n/a (started during the scenario)";
                share = NOT_AVAILABLE;
            } else if (!last.sameProcessAs(first)) {
                cpu = "n/a (restarted during the scenario)";
                share = NOT_AVAILABLE;
            } else {
                double seconds = (last.cpuTicks() - first.cpuTicks()) / (double) ticksPerSecond;
                cpu = String.format(Locale.ROOT, "%.2f", seconds);
                share = wallSeconds <= 0 ? NOT_AVAILABLE
                        : String.format(Locale.ROOT, "%.0f %%", 100 * seconds / wallSeconds);
            }
            table.append("| ").append(end.process().name()).append(" (").append(end.process().role().label())
                    .append(") | ").append(cpu).append(" | ").append(share).append(" | ")
                    .append(last == null ? NOT_AVAILABLE : mib(last.rssKib())).append(" | ")
                    .append(last == null ? NOT_AVAILABLE : mib(last.pssKib())).append(" |\n");
        }
        return table.toString();
    }

    /** KiB as MiB with no decimals; "n/a" for null. */
    public static String mib(Long kib) {
        return kib == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%,.0f", kib / 1024.0);
    }
}
