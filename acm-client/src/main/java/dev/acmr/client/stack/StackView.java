package dev.acmr.client.stack;

import dev.acmr.client.ClientException;
import dev.acmr.client.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ./acm status --json} reports, read once: the runtime nodes, the participant {@code ./acm start} runs by
 * default (ONAP's sim-1; its id is the launcher's, never copied), ONAP's further simulators by launcher name
 * ({@code sim-2} to their participant id), every participant with its replicas, the broker, the database and the
 * admin server ({@code das}: null from a launcher that does not report it).
 */
public record StackView(List<RuntimeNode> runtime, String defaultParticipant, Map<String, String> simulatorPresets,
        List<Participant> participants, Broker broker, Database database, AdminServer das) {

    public StackView {
        runtime = List.copyOf(runtime);
        simulatorPresets = Collections.unmodifiableMap(new LinkedHashMap<>(simulatorPresets));
        participants = List.copyOf(participants);
    }

    /** Parses the launcher's {@code status --json} output. */
    public static StackView parse(String statusJson) {
        JsonObject status = JsonText.object(statusJson);
        try {
            List<RuntimeNode> nodes = status.getJsonArray("runtime").getValuesAs(JsonObject.class).stream()
                    .map(node -> new RuntimeNode(node.getString("name"), node.getString("url"), pid(node),
                            health(node)))
                    .toList();
            Map<String, String> presets = new LinkedHashMap<>();
            status.getJsonObject("simulatorPresets").forEach((name, id) -> presets.put(name,
                    ((JsonString) id).getString()));
            List<Participant> participants = status.getJsonArray("participants").getValuesAs(JsonObject.class)
                    .stream().map(StackView::participant).toList();
            JsonObject broker = status.getJsonObject("broker");
            JsonObject database = status.getJsonObject("database");
            JsonObject das = status.containsKey("das") ? status.getJsonObject("das") : null;
            return new StackView(nodes, status.getString("defaultParticipant"), presets, participants,
                    new Broker(broker.getString("url"), pid(broker), health(broker)),
                    new Database(database.getString("url"), pid(database), health(database)),
                    das == null ? null : new AdminServer(das.getString("url"), pid(das), health(das)));
        } catch (RuntimeException e) {
            throw new ClientException("not the launcher's status: " + JsonText.abbreviate(statusJson), e);
        }
    }

    public List<String> runtimeUrls() {
        return runtime.stream().map(RuntimeNode::url).toList();
    }

    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    /** The replica URLs of a participant; empty when the launcher does not run it. */
    public List<String> replicaUrls(String participantId) {
        return participant(participantId).map(Participant::replicaUrls).orElse(List.of());
    }

    /** Whether the launcher runs the participant with at least {@code replicas} replicas, every one UP. */
    public boolean running(String participantId, int replicas) {
        return participant(participantId).map(p -> p.upWith(replicas)).orElse(false);
    }

    /** True when every runtime node and every replica of the participant is UP (false when it is not run). */
    public boolean healthy(String participantId) {
        boolean nodesUp = runtime.stream().allMatch(node -> node.health() == Health.UP);
        return nodesUp && participant(participantId).map(p -> p.upWith(0)).orElse(false);
    }

    /** The participant id of one of ONAP's further simulators ({@code sim-2}, {@code sim-3}) the launcher starts. */
    public String presetParticipant(String launcherName) {
        String id = simulatorPresets.get(launcherName);
        if (id == null) {
            throw new ClientException("the launcher has no simulator preset " + launcherName + ": " + simulatorPresets);
        }
        return id;
    }

    private static Participant participant(JsonObject participant) {
        return new Participant(participant.getString("participantId"),
                participant.getJsonArray("replicas").getValuesAs(JsonObject.class).stream()
                        .map(replica -> new Replica(JsonText.stringOrNull(replica, "replicaId"),
                                replica.getString("url"), pid(replica), health(replica)))
                        .toList());
    }

    /** Null when not running, and when the field is absent (the database's and the DAS's came later). */
    private static Long pid(JsonObject component) {
        return !component.containsKey("pid") || component.isNull("pid") ? null
                : component.getJsonNumber("pid").longValue();
    }

    private static Health health(JsonObject component) {
        return Health.valueOf(component.getString("health"));
    }
}
