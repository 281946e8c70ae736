package dev.acmr.bench;

import dev.acmr.bench.scenario.BenchContext;
import java.nio.file.Path;

/** The command line of {@link Main}. */
record Options(boolean quick, Path launcher, Path output, String gitCommit, Path lastStart,
        BenchContext.NodeRestartPolicy nodeRestart, java.util.List<String> only, Path profile) {

    /** Whether the scenario of this class runs: every one, or those named by {@code --only} (class name prefixes). */
    boolean runs(Class<?> scenario) {
        String name = scenario.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return only.isEmpty() || only.stream().anyMatch(name::startsWith);
    }

    static Options parse(String[] args) {
        boolean quick = false;
        Path launcher = Path.of("acm");
        Path output = null;
        String commit = "unknown";
        Path lastStart = null;
        BenchContext.NodeRestartPolicy restart = new BenchContext.NodeRestartPolicy(true, "");
        java.util.List<String> only = java.util.List.of();
        Path profile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--launcher" -> launcher = Path.of(value(args, ++i));
                case "--output" -> output = Path.of(value(args, ++i));
                case "--git-commit" -> commit = value(args, ++i);
                case "--last-start" -> lastStart = Path.of(value(args, ++i));
                case "--profile" -> profile = Path.of(value(args, ++i));
                case "--only" -> only = java.util.List.of(value(args, ++i).toLowerCase(java.util.Locale.ROOT).split(","));
                case "--node-restart" -> {
                    String v = value(args, ++i);
                    restart = new BenchContext.NodeRestartPolicy(v.equals("allow"),
                            v.startsWith("skip:") ? v.substring(5) : v);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: Main [--quick] "
                        + "[--launcher ./acm] [--output FILE] [--git-commit TEXT] [--last-start FILE] "
                        + "[--node-restart allow|skip:REASON] [--only deploy,convergence,...] [--profile FILE]");
            }
        }
        if (output == null) {
            output = quick ? Path.of(".acm", "bench-quick.md") : Path.of("docs", "benchmarks.md");
        }
        return new Options(quick, launcher, output, commit, lastStart, restart, only, profile);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
