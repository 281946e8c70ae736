package dev.acmr.participant.adapter.messaging;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap "is anything listening" check on the hosts of an OpenMQ address list.
 *
 * <p>Why: with {@code imqReconnectAttempts=-1} OpenMQ's {@code createConnection} never returns while the broker is
 * down, logs a warning every interval and ignores interrupts, so a participant started before its broker (or
 * undeployed while waiting) would pin a work manager thread for good. Probing first keeps the wait in the adapter's
 * own loop, which stops when the session stops.
 */
final class BrokerAddresses {

    static final int DEFAULT_PORT = 7676;

    private BrokerAddresses() {
    }

    /**
     * The host and port of each entry that can be probed over TCP. HTTP(S) tunnel entries cannot, and are left out;
     * a list of only those gives an empty result, meaning "do not probe".
     */
    static List<InetSocketAddress> probeTargets(String addressList) {
        List<InetSocketAddress> targets = new ArrayList<>();
        for (String entry : addressList.split(",")) {
            String text = entry.strip();
            if (!text.isEmpty() && !isHttp(text)) {
                targets.add(hostAndPort(text));
            }
        }
        return targets;
    }

    /** True if some entry accepts a TCP connection within {@code timeout}, or if no entry can be probed. */
    static boolean anyReachable(String addressList, Duration timeout) {
        List<InetSocketAddress> targets = probeTargets(addressList);
        if (targets.isEmpty()) {
            return true;
        }
        for (InetSocketAddress target : targets) {
            if (reachable(target, timeout)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachable(InetSocketAddress target, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.getHostString(), target.getPort()),
                    (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttp(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static InetSocketAddress hostAndPort(String entry) {
        String rest = entry;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            rest = rest.substring(0, slash);
        }
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.lastIndexOf(':');
        if (colon >= 0) {
            host = rest.substring(0, colon);
            port = port(rest.substring(colon + 1), entry);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return InetSocketAddress.createUnresolved(host.isEmpty() ? "localhost" : host, port);
    }

    private static int port(String text, String entry) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("broker address '" + entry + "' has no valid port", e);
        }
    }
}
