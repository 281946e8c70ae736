package dev.acmr.it;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts one process's TCP connections to the broker for a while, and only that process's: {@code ss -K} (needs root
 * and a kernel with socket destroy, as the CI machine has) aborts each of its sockets to the broker port, every
 * 100 ms for the whole cut, so that OpenMQ's reconnect attempts in between fail too. The broker and every other
 * client stay connected; everything is on 127.0.0.1.
 */
final class BrokerConnectionCut {

    private static final Duration ROUND = Duration.ofMillis(100);

    private BrokerConnectionCut() {
    }

    /** Cuts {@code pid}'s connections to the broker for {@code duration}; returns how many sockets were aborted. */
    static int cut(long pid, Duration duration) {
        int port = brokerPort();
        Set<Integer> aborted = new TreeSet<>();
        int count = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            for (int local : localPorts(pid, port)) {
                Stack.run(Duration.ofSeconds(5), "ss", "-K", "-tn", "( sport = :" + local + " and dport = :" + port + " )");
                aborted.add(local);
                count++;
            }
            Compositions.sleep(ROUND.toMillis());
        }
        System.out.printf("aborted %d socket(s) of pid %d to the broker (local ports %s)%n", count, pid, aborted);
        return count;
    }

    /** The local ports of {@code pid}'s established connections to {@code brokerPort}. */
    static List<Integer> localPorts(long pid, int brokerPort) {
        String out = Stack.run(Duration.ofSeconds(5), "ss", "-tnpH", "state", "established",
                "( dport = :" + brokerPort + " )");
        List<Integer> ports = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.contains("pid=" + pid + ",")) {
                continue;
            }
            // Columns: Recv-Q Send-Q Local:Port Peer:Port Process (the state column is left out by the filter).
            String[] columns = line.trim().split("\\s+");
            String local = columns[2];
            ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1)));
        }
        return ports;
    }

    static int brokerPort() {
        URI broker = URI.create(Stack.view().broker().url());
        return broker.getPort() > 0 ? broker.getPort() : 7676;
    }
}
