package dev.acmr.bench.report;

import dev.acmr.bench.scenario.Figure;
import dev.acmr.bench.scenario.ScenarioResult;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The report as Markdown: machine, configuration, summary against ONAP and the goals, then each scenario.
 * {@code stackFigures} are the whole run's figures no scenario owns (the stack's resident memory), shown first.
 */
public record BenchmarkReport(boolean quick, ZonedDateTime date, MachineInfo machine, List<String> configuration,
        List<Figure> stackFigures, List<ScenarioResult> results) {

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(quick ? "Written by `./acm bench --quick`, the smoke test: small counts, figures printed, not judged "
                + "and not comparable with the full run's (they are in docs/benchmarks.md).\n\n"
                : "Written by `./acm bench` (the full benchmark) against the running stack; run it again to rewrite "
                + "this file. `./acm bench --quick` is the two-minute smoke test CI runs (it writes "
                + ".acm/bench-quick.md).\n\n");
        md.append("- **Date**: ").append(date.format(DateTimeFormatter.RFC_1123_DATE_TIME)).append('\n');
        md.append("- **Machine**: ").append(machine.describe()).append('\n');
        md.append("- **Load**: everything runs on this one machine: PostgreSQL, the OpenMQ broker, the Payara DAS, "
                + "2 runtime nodes, every simulator replica (Payara Micro) and the benchmark client itself.\n\n");
        md.append("## Configuration\n\n");
        configuration.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Summary\n\n");
        md.append("| figure | measured | ONAP published | goal | goal met |\n|---|---|---|---|---|\n");
        stackFigures.forEach(f -> row(md, f));
        for (ScenarioResult result : results) {
            result.figures().forEach(f -> row(md, f));
            if (result.error() != null) {
                md.append("| ").append(result.title()).append(" | **error**: ").append(oneLine(result.error()))
                        .append(" | | | |\n");
            }
        }
        md.append("\nONAP's figures (reference §8) are averages per request from JMeter runs of a single ACM-R on a "
                + "16-CPU, 32 GB VM (New Delhi 2024: 387 ms over 72 h of the commission → … → delete loop; 1,296.8 ms "
                + "with 5 users × 100 instances); ONAP has published no percentiles, throughput, replica or scale "
                + "figures.\n");
        md.append(missedGoals());
        for (ScenarioResult result : results) {
            md.append("\n## ").append(result.title()).append("\n\n");
            md.append("**What is measured.** ").append(result.measures()).append("\n\n");
            if (result.error() != null) {
                md.append("**Error**: ").append(result.error()).append("\n\n");
            }
            result.tables().forEach(table -> md.append(table).append('\n'));
            result.notes().forEach(note -> md.append("- ").append(note).append('\n'));
            md.append(String.format("%nScenario time: %.1f s.%n", result.elapsedMs() / 1000.0));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, Figure f) {
        md.append("| ").append(f.name()).append(" | ").append(f.measured()).append(" | ").append(f.onap())
                .append(" | ").append(f.goal()).append(" | ").append(f.verdict().label()).append(" |\n");
    }

    private String missedGoals() {
        List<Figure> missed = java.util.stream.Stream.concat(stackFigures.stream(),
                        results.stream().flatMap(r -> r.figures().stream()))
                .filter(f -> f.verdict() == Figure.Verdict.MISSED).toList();
        if (missed.isEmpty()) {
            return quick ? "" : "\nEvery goal with a figure is met.\n";
        }
        StringBuilder md = new StringBuilder("\n## Goals missed, and why\n\n");
        missed.forEach(f -> md.append("- ").append(f.name()).append(": ").append(f.measured()).append(" (goal ")
                .append(f.goal()).append(")\n"));
        md.append("\nThe machine has ").append(machine.cores()).append(" cores and runs everything at once: the "
                + "database, the broker, the DAS, two runtime nodes, the simulator replicas and the benchmark client, "
                + "whose own polling competes with the runtime for the same cores. Every asynchronous operation "
                + "crosses the broker twice (order out, ack back) and commits in PostgreSQL on the same disk. The "
                + "figures are therefore upper bounds of what the runtime needs; ONAP's were taken on 16 CPUs with "
                + "one runtime.");
        if (quick) {
            md.append(" This is the quick smoke test; its figures are not judged.");
        }
        return md.append('\n').toString();
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ').replace("|", "\\|");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
