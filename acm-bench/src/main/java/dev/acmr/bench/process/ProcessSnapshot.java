package dev.acmr.bench.process;

import java.util.List;
import java.util.Optional;

/** Every process of the stack as sampled at one moment ({@code nanos}: System.nanoTime()). */
public record ProcessSnapshot(long nanos, List<Sample> samples) {

    public ProcessSnapshot {
        samples = List.copyOf(samples);
    }

    /** One process; {@code usage} is null when /proc could not be read for it (it ended, or is not ours to read). */
    public record Sample(StackProcess process, ProcessUsage usage) {
    }

    public Optional<Sample> byName(String name) {
        return samples.stream().filter(sample -> sample.process().name().equals(name)).findFirst();
    }

    /** Resident memory (KiB) summed over the roles accepted; null when one of them was unreadable. */
    public Long rssKib(java.util.function.Predicate<ProcessRole> roles) {
        return sum(roles, ProcessUsage::rssKib);
    }

    /** PSS (KiB) summed over the roles accepted; null when one of them had no readable smaps_rollup. */
    public Long pssKib(java.util.function.Predicate<ProcessRole> roles) {
        return sum(roles, ProcessUsage::pssKib);
    }

    /** How many processes of the roles accepted were sampled. */
    public long count(java.util.function.Predicate<ProcessRole> roles) {
        return samples.stream().filter(sample -> roles.test(sample.process().role())).count();
    }

    private Long sum(java.util.function.Predicate<ProcessRole> roles,
            java.util.function.Function<ProcessUsage, Long> value) {
        long total = 0;
        boolean any = false;
        for (Sample sample : samples) {
            if (!roles.test(sample.process().role())) {
                continue;
            }
            Long kib = sample.usage() == null ? null : value.apply(sample.usage());
            if (kib == null) {
                return null;
            }
            total += kib;
            any = true;
        }
        return any ? total : null;
    }
}
