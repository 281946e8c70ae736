package dev.acmr.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.bench.scenario.Figure;
import dev.acmr.bench.scenario.ScenarioResult;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static final MachineInfo MACHINE = new MachineInfo("2", "7.8 GiB", "a CPU", "Linux", "Java 17");

    @Test
    void theStacksOwnFiguresComeFirstInTheSummaryAndCountAmongTheMissedGoals() {
        ScenarioResult loop = new ScenarioResult("ONAP S3P loop, one user", "loops");
        loop.figure(Figure.info("S3P loop, 1 user: mean per request (incl. polls)", "9.0 ms", "387 ms"));
        Figure memory = new Figure("Resident memory of the stack: DAS + 2 nodes + broker + 2 default replicas, RSS",
                "2,300 MiB RSS", "not published", "≤ 2 GiB (2048 MiB)", Figure.Verdict.MISSED);
        String md = new BenchmarkReport(false, ZonedDateTime.of(2026, 12, 6, 18, 0, 0, 0, ZoneOffset.UTC), MACHINE,
                List.of("Runtime nodes up when the benchmark began: acm-node-1 2 min 0 s → **cold** (nodes up < 5 min)"),
                List.of(memory), List.of(loop)).markdown();
        int memoryRow = md.indexOf("| Resident memory of the stack");
        int loopRow = md.indexOf("| S3P loop, 1 user: mean per request");
        assertTrue(memoryRow > 0 && memoryRow < loopRow, md);
        assertTrue(md.contains("- Resident memory of the stack: DAS + 2 nodes + broker + 2 default replicas, RSS: "
                + "2,300 MiB RSS (goal ≤ 2 GiB (2048 MiB))"), md);
        assertTrue(md.contains("- Runtime nodes up when the benchmark began: acm-node-1 2 min 0 s → **cold**"), md);
    }
}
