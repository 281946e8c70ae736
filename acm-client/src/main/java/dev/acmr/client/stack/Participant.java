package dev.acmr.client.stack;

import java.util.List;

/** A simulator participant the launcher runs, with its replicas in the launcher's order. */
public record Participant(String participantId, List<Replica> replicas) {

    public Participant {
        replicas = List.copyOf(replicas);
    }

    public List<String> replicaUrls() {
        return replicas.stream().map(Replica::url).toList();
    }

    /** Whether it has at least {@code count} replicas and every one is UP. */
    public boolean upWith(int count) {
        return replicas.size() >= count && replicas.stream().allMatch(replica -> replica.health() == Health.UP);
    }
}
