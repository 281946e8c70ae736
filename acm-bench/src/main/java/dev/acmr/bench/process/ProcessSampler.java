package dev.acmr.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads CPU time and memory of processes from /proc. Anything unreadable makes that one process "not available";
 * the sampler never throws, so a process that ends mid-run cannot stop the benchmark.
 */
public final class ProcessSampler {

    private final Path proc;
    private final int ticksPerSecond;

    public ProcessSampler(Path proc, int ticksPerSecond) {
        this.proc = proc;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The machine's /proc, with the clock tick rate {@code getconf CLK_TCK} reports (100 when it says nothing). */
    public static ProcessSampler system() {
        return new ProcessSampler(Path.of("/proc"), ProcParsers.ticksPerSecond(
                dev.acmr.bench.report.MachineInfo.command("getconf", "CLK_TCK")));
    }

    public int ticksPerSecond() {
        return ticksPerSecond;
    }

    public ProcessSnapshot snapshot(List<StackProcess> processes) {
        long now = System.nanoTime();
        List<ProcessSnapshot.Sample> samples = new ArrayList<>();
        for (StackProcess process : processes) {
            samples.add(new ProcessSnapshot.Sample(process, usage(process).orElse(null)));
        }
        return new ProcessSnapshot(now, samples);
    }

    /** One process (with its live children when asked), empty when its stat or status cannot be read. */
    public Optional<ProcessUsage> usage(StackProcess process) {
        Optional<ProcessUsage> root = read(process.pid(), true);
        if (root.isEmpty() || !process.withChildren()) {
            return root;
        }
        long cpu = root.get().cpuTicks();
        long rss = root.get().rssKib();
        Long pss = root.get().pssKib();
        for (long child : children(process.pid())) {
            Optional<ProcessUsage> usage = read(child, false);
            if (usage.isEmpty()) {
                continue; // it ended between the listing and the read: its time is now in the parent's cutime
            }
            cpu += usage.get().cpuTicks();
            rss += usage.get().rssKib();
            pss = pss == null || usage.get().pssKib() == null ? null : pss + usage.get().pssKib();
        }
        return Optional.of(new ProcessUsage(process.pid(), cpu, root.get().startTicks(), rss, pss));
    }

    /** How long the process has run, in seconds; empty when unknown. */
    public OptionalLong upSeconds(long pid) {
        Optional<String> stat = text(proc.resolve(Long.toString(pid)).resolve("stat"));
        Optional<String> uptime = text(proc.resolve("uptime"));
        if (stat.isEmpty() || uptime.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong start = ProcParsers.startTicks(stat.get());
        double up = ProcParsers.uptimeSeconds(uptime.get());
        if (start.isEmpty() || Double.isNaN(up)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, Math.round(up - start.getAsLong() / (double) ticksPerSecond)));
    }

    private Optional<ProcessUsage> read(long pid, boolean withReapedChildren) {
        Path dir = proc.resolve(Long.toString(pid));
        Optional<String> stat = text(dir.resolve("stat"));
        Optional<String> status = text(dir.resolve("status"));
        if (stat.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong cpu = ProcParsers.cpuTicks(stat.get(), withReapedChildren);
        OptionalLong start = ProcParsers.startTicks(stat.get());
        OptionalLong rss = ProcParsers.kib(status.get(), "VmRSS");
        if (cpu.isEmpty() || start.isEmpty() || rss.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong pss = text(dir.resolve("smaps_rollup")).map(rollup -> ProcParsers.kib(rollup, "Pss"))
                .orElse(OptionalLong.empty());
        return Optional.of(new ProcessUsage(pid, cpu.getAsLong(), start.getAsLong(), rss.getAsLong(),
                pss.isPresent() ? pss.getAsLong() : null));
    }

    private static List<Long> children(long pid) {
        return ProcessHandle.of(pid).map(handle -> handle.children().map(ProcessHandle::pid).toList())
                .orElse(List.of());
    }

    private static Optional<String> text(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
