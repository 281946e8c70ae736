package dev.acmr.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcParsersTest {

    /** A JVM whose thread name holds spaces and a parenthesis; utime 1500, stime 250, cutime 7, cstime 3. */
    private static final String STAT = "4101 (java (main) x) S 1 4100 4100 0 -1 4194560 912345 0 12 0 1500 250 7 3 20 0"
            + " 187 0 123456 7516192768 250000 18446744073709551615 1 1 0 0 0 0 4 0 16800975 0 0 0 17 1 0 0 0 0 0";

    @Test
    void cpuTicksAreUtimePlusStimeAfterTheCommandName() {
        assertEquals(OptionalLong.of(1750), ProcParsers.cpuTicks(STAT, false));
        assertEquals(OptionalLong.of(1760), ProcParsers.cpuTicks(STAT, true), "with the children it reaped");
        assertEquals(OptionalLong.of(123456), ProcParsers.startTicks(STAT));
    }

    @Test
    void garbageOrATruncatedStatIsEmpty() {
        assertTrue(ProcParsers.cpuTicks("not a stat", false).isEmpty());
        assertTrue(ProcParsers.cpuTicks("1 (x) S 1 2 3", false).isEmpty());
        assertTrue(ProcParsers.startTicks("1 (x) S 1 2 3 4 5 6 7 8 9 10 11 12").isEmpty());
    }

    @Test
    void kibibytesOfAStatusOrSmapsRollupLine() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmRSS:\t  812344 kB\nRssAnon:\t 700000 kB\n";
        assertEquals(OptionalLong.of(812344), ProcParsers.kib(status, "VmRSS"));
        String rollup = "55d0-7ffc ---p 00000000 00:00 0   [rollup]\nRss:   1832 kB\nPss:    237 kB\n"
                + "Pss_Anon:  100 kB\n";
        assertEquals(OptionalLong.of(237), ProcParsers.kib(rollup, "Pss"), "Pss, not Pss_Anon");
        assertTrue(ProcParsers.kib("Name:\tkthreadd\n", "VmRSS").isEmpty(), "a kernel thread has no VmRSS");
    }

    @Test
    void uptimeAndClockTicks() {
        assertEquals(12345.67, ProcParsers.uptimeSeconds("12345.67 24000.01\n"), 1e-9);
        assertTrue(Double.isNaN(ProcParsers.uptimeSeconds("")));
        assertEquals(250, ProcParsers.ticksPerSecond("250\n"));
        assertEquals(100, ProcParsers.ticksPerSecond("unknown"), "Linux's usual USER_HZ when getconf says nothing");
    }
}
