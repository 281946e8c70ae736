package dev.acmr.runtime.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns periodic samples of each participant's largest replica lag into convergence times: a participant starts
 * lagging at the first sample that shows a lag (a change committed that some replica does not hold yet) and has
 * converged at the first sample after it where every replica reports what the runtime holds. The time between is
 * one convergence, accurate to the sampling interval plus the replicas' heartbeat interval; a lag that comes and
 * goes between two samples is not seen. Not thread-safe: one sampler calls it.
 */
final class ConvergenceTracker {

    private final Map<String, Long> laggingSince = new HashMap<>();

    /**
     * @param participant the participant's id
     * @param maxLag the largest lag over its replicas now
     * @param nowNanos a monotonic time
     * @return how long it took to converge, when this sample ends a lagging period
     */
    Optional<Duration> observe(String participant, long maxLag, long nowNanos) {
        if (maxLag > 0) {
            laggingSince.putIfAbsent(participant, nowNanos);
            return Optional.empty();
        }
        Long since = laggingSince.remove(participant);
        return since == null ? Optional.empty() : Optional.of(Duration.ofNanos(nowNanos - since));
    }

    /** Forgets participants no longer seen (they left), so that their return starts afresh. */
    void retainOnly(java.util.Set<String> participants) {
        laggingSince.keySet().retainAll(participants);
    }
}
