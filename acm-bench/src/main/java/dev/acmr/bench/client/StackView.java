package dev.acmr.bench.client;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** What {@code ./acm status --json} reports: runtime nodes and participants with their replicas. */
public record StackView(JsonObject status) {

    /** The participant ./acm start runs by default (ONAP's sim-1), as the launcher reports it. */
    public String defaultParticipant() {
        return status.getString("defaultParticipant");
    }

    public List<JsonObject> nodes() {
        return status.getJsonArray("runtime").getValuesAs(JsonObject.class);
    }

    public List<String> nodeUrls() {
        return nodes().stream().map(node -> node.getString("url")).toList();
    }

    public Optional<JsonObject> participant(String participantId) {
        return status.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("participantId").equals(participantId)).findFirst();
    }

    /** The replica URLs of a participant; empty when the launcher does not know it. */
    public List<String> replicaUrls(String participantId) {
        return participant(participantId).map(p -> p.getJsonArray("replicas").getValuesAs(JsonObject.class).stream()
                .map(replica -> replica.getString("url")).toList()).orElse(List.of());
    }

    /** True when every runtime node and every replica of the participant is UP. */
    public boolean healthy(String participantId) {
        boolean nodesUp = nodes().stream().allMatch(node -> "UP".equals(node.getString("health")));
        boolean replicasUp = participant(participantId).map(p -> p.getJsonArray("replicas")
                .getValuesAs(JsonObject.class).stream().allMatch(r -> "UP".equals(r.getString("health"))))
                .orElse(false);
        return nodesUp && replicasUp;
    }
}
