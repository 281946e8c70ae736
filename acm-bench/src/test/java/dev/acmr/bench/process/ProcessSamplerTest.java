package dev.acmr.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSamplerTest {

    @TempDir
    Path proc;

    @Test
    void readsCpuRssAndPssOfAProcess() throws IOException {
        process(4101, "4101 (java) S 1 1 1 0 -1 0 0 0 0 0 1500 250 7 3 20 0 1 0 50000 0 0", "VmRSS:\t 1048576 kB\n",
                "Rss: 1048576 kB\nPss:  524288 kB\n");
        ProcessSampler sampler = new ProcessSampler(proc, 100);
        ProcessUsage usage = sampler.usage(new StackProcess("runtime acm-node-1", ProcessRole.RUNTIME_NODE, 4101,
                false)).orElseThrow();
        assertEquals(new ProcessUsage(4101, 1760, 50000, 1048576, 524288L), usage);
    }

    @Test
    void aMissingProcessOrUnreadableSmapsIsNotAvailableNotAnError() throws IOException {
        process(4102, "4102 (java) S 1 1 1 0 -1 0 0 0 0 0 10 20 0 0 20 0 1 0 50000 0 0", "VmRSS:\t 2048 kB\n", null);
        ProcessSampler sampler = new ProcessSampler(proc, 100);
        ProcessSnapshot snapshot = sampler.snapshot(List.of(
                new StackProcess("broker", ProcessRole.BROKER, 4102, false),
                new StackProcess("DAS", ProcessRole.DAS, 99999, false)));
        assertNull(snapshot.byName("broker").orElseThrow().usage().pssKib());
        assertNull(snapshot.byName("DAS").orElseThrow().usage());
        assertNull(snapshot.rssKib(ProcessRole::inDefaultStack), "a sum with a part missing is not a sum");
        assertEquals(2048L, snapshot.rssKib(role -> role == ProcessRole.BROKER));
    }

    @Test
    void uptimeFromTheStartTicksAndTheSystemUptime() throws IOException {
        process(4101, "4101 (java) S 1 1 1 0 -1 0 0 0 0 0 1 1 0 0 20 0 1 0 50000 0 0", "VmRSS:\t 1 kB\n", null);
        Files.writeString(proc.resolve("uptime"), "800.40 1500.00\n");
        assertEquals(300, new ProcessSampler(proc, 100).upSeconds(4101).getAsLong(), "800 s - 50000 / 100 s");
        assertTrue(new ProcessSampler(proc, 100).upSeconds(4102).isEmpty());
    }

    @Test
    void theRealProcFsReadsThisJvm() {
        ProcessSampler sampler = new ProcessSampler(Path.of("/proc"), 100);
        long self = ProcessHandle.current().pid();
        ProcessUsage usage = sampler.usage(new StackProcess("client", ProcessRole.CLIENT, self, true)).orElseThrow();
        assertTrue(usage.rssKib() > 0);
        assertTrue(sampler.upSeconds(self).isPresent());
    }

    private void process(long pid, String stat, String status, String smapsRollup) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(dir.resolve("stat"), stat + "\n");
        Files.writeString(dir.resolve("status"), status);
        if (smapsRollup != null) {
            Files.writeString(dir.resolve("smaps_rollup"), smapsRollup);
        }
    }
}
