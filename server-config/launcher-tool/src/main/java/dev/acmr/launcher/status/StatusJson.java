package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.SimulatorPreset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code ./acm status --json}: one object with {@code runtime}, {@code defaultParticipant}, {@code simulatorPresets},
 * {@code participants}, {@code broker}, {@code database} and {@code das} (the admin server), fields in this order.
 * The integration tests and the benchmark read it; a field renamed or moved here breaks them, so new fields are only
 * ever added (the database's and the DAS's pids came later; null when unknown).
 */
public final class StatusJson {

    private StatusJson() {
    }

    public static String render(StackStatus status) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", status.runtime().stream().map(StatusJson::node).toList());
        root.put("defaultParticipant", status.defaultParticipant());
        Map<String, Object> presets = new LinkedHashMap<>();
        for (SimulatorPreset preset : status.presets()) {
            presets.put(preset.name(), preset.participantId());
        }
        root.put("simulatorPresets", presets);
        root.put("participants", status.participants().stream().map(StatusJson::participant).toList());
        root.put("broker", component(status.broker()));
        root.put("database", component(status.database()));
        root.put("das", component(status.das()));
        return JsonText.of(root);
    }

    /** Exit status 0 only when everything the object reports is UP (the DAS is not in it). */
    public static boolean allUp(StackStatus status) {
        return status.servicesUp();
    }

    private static Map<String, Object> component(StackStatus.Component component) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", component.url());
        json.put("pid", pid(component.pid()));
        json.put("health", component.health().name());
        return json;
    }

    private static Map<String, Object> node(StackStatus.Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.name());
        json.put("url", node.url());
        json.put("pid", pid(node.pid()));
        json.put("health", node.health().name());
        return json;
    }

    private static Map<String, Object> participant(StackStatus.Participant participant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("participantId", participant.participantId());
        List<Map<String, Object>> replicas = participant.replicas().stream().map(replica -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("replicaId", replica.replicaId().orElse(null));
            entry.put("url", replica.url());
            entry.put("pid", pid(replica.pid()));
            entry.put("health", replica.health().name());
            return entry;
        }).toList();
        json.put("replicas", replicas);
        return json;
    }

    private static Long pid(OptionalLong pid) {
        return pid.isPresent() ? pid.getAsLong() : null;
    }
}
