package dev.acmr.bench.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Cold or warm: how long the runtime nodes had run when the benchmark began. A JVM's first minutes (class loading,
 * JIT compilation, pools filling) are slower, so a run on nodes up less than {@link #WARM_AFTER_SECONDS} is cold.
 */
public final class NodeWarmth {

    static final long WARM_AFTER_SECONDS = 300;

    private NodeWarmth() {
    }

    /** The configuration line, from each node's name to its uptime in seconds (empty: unknown). */
    public static String describe(Map<String, OptionalLong> upSeconds) {
        List<String> nodes = new ArrayList<>();
        long youngest = Long.MAX_VALUE;
        for (Map.Entry<String, OptionalLong> node : upSeconds.entrySet()) {
            OptionalLong up = node.getValue();
            nodes.add(node.getKey() + " " + (up.isPresent() ? duration(up.getAsLong()) : "not available"));
            if (up.isPresent()) {
                youngest = Math.min(youngest, up.getAsLong());
            }
        }
        String verdict = youngest == Long.MAX_VALUE ? "not classified (node uptime not available)"
                : youngest < WARM_AFTER_SECONDS ? "**cold** (nodes up < 5 min)" : "**warm** (every node up ≥ 5 min)";
        return "Runtime nodes up when the benchmark began: " + (nodes.isEmpty() ? "no node pid known"
                : String.join(", ", nodes)) + " → " + verdict;
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }
}
