package dev.acmr.it;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts one process's TCP connections to the broker for a while, and only that process's: {@code ss -K} (needs root
 * and a kernel with socket destroy, as the CI machine has) aborts each of its sockets to a port the broker listens
 * on, every 100 ms for the whole cut, so that OpenMQ's reconnect attempts in between fail too. A client meets the
 * broker on its port mapper (the broker URL's port) only to learn the port of the broker's JMS service, which it then
 * stays connected to: the broker's listening ports come from its process. The broker and every other
 * client stay connected; everything is on 127.0.0.1.
 */
final class BrokerConnectionCut {

    private static final Duration ROUND = Duration.ofMillis(100);

    private BrokerConnectionCut() {
    }

    /** Cuts {@code pid}'s connections to the broker for {@code duration}; returns how many sockets were aborted. */
    static int cut(long pid, Duration duration) {
        Set<Integer> brokerPorts = brokerPorts();
        Set<String> aborted = new TreeSet<>();
        int count = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            for (int[] connection : connections(pid, brokerPorts)) {
                Stack.run(Duration.ofSeconds(5), "ss", "-K", "-tn",
                        "( sport = :" + connection[0] + " and dport = :" + connection[1] + " )");
                aborted.add(connection[0] + "->" + connection[1]);
                count++;
            }
            Compositions.sleep(ROUND.toMillis());
        }
        System.out.printf("aborted %d socket(s) of pid %d to the broker (%s)%n", count, pid, aborted);
        return count;
    }

    /** {@code pid}'s established connections to one of {@code ports}: local port, peer port. */
    static List<int[]> connections(long pid, Set<Integer> ports) {
        String out = Stack.run(Duration.ofSeconds(5), "ss", "-tnpH", "state", "established");
        List<int[]> found = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.contains("pid=" + pid + ",")) {
                continue;
            }
            // Columns: Recv-Q Send-Q Local:Port Peer:Port Process (the state column is left out by the filter).
            String[] columns = line.trim().split("\\s+");
            int peer = portOf(columns[3]);
            if (ports.contains(peer)) {
                found.add(new int[] {portOf(columns[2]), peer});
            }
        }
        return found;
    }

    /** The ports the broker process listens on: its port mapper and its services. */
    static Set<Integer> brokerPorts() {
        long brokerPid = Stack.view().broker().pid();
        String out = Stack.run(Duration.ofSeconds(5), "ss", "-tlnpH");
        Set<Integer> ports = new TreeSet<>();
        ports.add(brokerPort());
        for (String line : out.split("\n")) {
            if (line.contains("pid=" + brokerPid + ",")) {
                ports.add(portOf(line.trim().split("\\s+")[3]));
            }
        }
        return ports;
    }

    private static int portOf(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    static int brokerPort() {
        URI broker = URI.create(Stack.view().broker().url());
        return broker.getPort() > 0 ? broker.getPort() : 7676;
    }
}
