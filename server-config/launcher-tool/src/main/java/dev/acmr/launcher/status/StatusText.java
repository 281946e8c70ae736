package dev.acmr.launcher.status;

import java.util.OptionalLong;

/** {@code ./acm status}: the operator's table, one component a line (component, pid, health, endpoint). */
public final class StatusText {

    static final String RUNTIME_API = "/onap/policy/clamp/acm/v2";
    static final String SIMULATOR_API = "/onap/policy/simparticipant/v2";
    /** A participant shows as the first characters of its id. */
    private static final int PARTICIPANT_PREFIX = 8;

    private StatusText() {
    }

    public static String render(StackStatus status) {
        StringBuilder out = new StringBuilder();
        row(out, "COMPONENT", "PID", "HEALTH", "ENDPOINT");
        row(out, "database", pid(status.database().pid()), status.database().health().name(), status.database().url());
        row(out, "broker", pid(status.broker().pid()), status.broker().health().name(), status.broker().url());
        row(out, "admin server (DAS)", pid(status.das().pid()), status.das().health().name(), status.das().url());
        for (StackStatus.Node node : status.runtime()) {
            row(out, "runtime " + node.name(), pid(node.pid()), node.health().name(), node.url() + RUNTIME_API);
        }
        for (StackStatus.Participant participant : status.participants()) {
            String id = participant.participantId();
            String shortId = id.substring(0, Math.min(PARTICIPANT_PREFIX, id.length()));
            for (StackStatus.Replica replica : participant.replicas()) {
                row(out, "sim " + shortId + " replica " + replica.slot(), pid(replica.pid()), replica.health().name(),
                        replica.url() + SIMULATOR_API);
            }
        }
        return out.toString();
    }

    /** Exit status 0 only when every line of the table is UP, the DAS included. */
    public static boolean allUp(StackStatus status) {
        return status.servicesUp() && status.das().health() == Health.UP;
    }

    private static void row(StringBuilder out, String component, String pid, String health, String endpoint) {
        out.append(String.format("%-34s %-8s %-6s %s", component, pid, health, endpoint)).append('\n');
    }

    private static String pid(OptionalLong pid) {
        return pid.isPresent() ? Long.toString(pid.getAsLong()) : "-";
    }
}
