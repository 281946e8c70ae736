package dev.acmr.bench.process;

import dev.acmr.client.stack.Participant;
import dev.acmr.client.stack.Replica;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import java.util.ArrayList;
import java.util.List;

/** The processes to sample, from the launcher's status: what has no pid there (not running, unknown) is left out. */
public final class StackProcesses {

    /** A participant shows as the first characters of its id, as in ./acm status. */
    private static final int PARTICIPANT_PREFIX = 8;

    private StackProcesses() {
    }

    /**
     * DAS, runtime nodes, broker, every replica (role by participant), PostgreSQL with its backends, and the
     * benchmark client ({@code clientPid}).
     */
    public static List<StackProcess> of(StackView view, String benchParticipant, long clientPid) {
        List<StackProcess> processes = new ArrayList<>();
        if (view.das() != null && view.das().pid() != null) {
            processes.add(new StackProcess("DAS", ProcessRole.DAS, view.das().pid(), false));
        }
        for (RuntimeNode node : view.runtime()) {
            if (node.pid() != null) {
                processes.add(new StackProcess("runtime " + node.name(), ProcessRole.RUNTIME_NODE, node.pid(), false));
            }
        }
        if (view.broker().pid() != null) {
            processes.add(new StackProcess("broker", ProcessRole.BROKER, view.broker().pid(), false));
        }
        for (Participant participant : view.participants()) {
            ProcessRole role = participant.participantId().equals(view.defaultParticipant())
                    ? ProcessRole.DEFAULT_REPLICA
                    : participant.participantId().equals(benchParticipant) ? ProcessRole.BENCH_REPLICA
                    : ProcessRole.OTHER_REPLICA;
            String id = participant.participantId();
            for (Replica replica : participant.replicas()) {
                if (replica.pid() != null) {
                    processes.add(new StackProcess("sim " + id.substring(0, Math.min(PARTICIPANT_PREFIX, id.length()))
                            + " " + replica.url().replaceAll(".*:", ":"), role, replica.pid(), false));
                }
            }
        }
        if (view.database().pid() != null) {
            processes.add(new StackProcess("PostgreSQL", ProcessRole.DATABASE, view.database().pid(), true));
        }
        processes.add(new StackProcess("benchmark client (this JVM)", ProcessRole.CLIENT, clientPid, false));
        return processes;
    }
}
