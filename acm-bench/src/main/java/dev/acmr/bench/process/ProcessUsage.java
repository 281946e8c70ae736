package dev.acmr.bench.process;

/**
 * What /proc said about one process (and its children when sampled with them) at one moment: CPU time in clock ticks
 * (utime + stime, plus cutime + cstime of the children it has reaped, so backends that ended still count), when it
 * started (ticks after boot) and resident memory in KiB; {@code pssKib} is null when smaps_rollup was not readable.
 */
public record ProcessUsage(long pid, long cpuTicks, long startTicks, long rssKib, Long pssKib) {

    /** The same process (not a new one with the same name, e.g. a node restarted in between). */
    public boolean sameProcessAs(ProcessUsage other) {
        return other != null && pid == other.pid && startTicks == other.startTicks;
    }
}
