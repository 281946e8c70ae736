package dev.acmr.participant.adapter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerAddressesTest {

    private static InetSocketAddress at(String host, int port) {
        return InetSocketAddress.createUnresolved(host, port);
    }

    @Test
    void parsesTheOpenMqAddressForms() {
        assertEquals(List.of(at("127.0.0.1", 7677), at("broker", 7676), at("h", 7000), at("h2", 7676),
                at("::1", 7676)),
                BrokerAddresses.probeTargets("127.0.0.1:7677, mq://broker/jms ,mqtcp://h:7000/jms,h2,[::1]:7676"));
    }

    @Test
    void httpEntriesAreNotProbed() {
        assertTrue(BrokerAddresses.probeTargets("http://host/imq/tunnel").isEmpty());
        assertTrue(BrokerAddresses.anyReachable("http://host/imq/tunnel", Duration.ofMillis(10)));
    }

    @Test
    void badPortIsReported() {
        assertThrows(IllegalArgumentException.class, () -> BrokerAddresses.probeTargets("host:port"));
    }

    @Test
    void probesOverTcp() throws IOException {
        int port;
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = listening.getLocalPort();
            assertTrue(BrokerAddresses.anyReachable("127.0.0.1:1,127.0.0.1:" + port, Duration.ofSeconds(1)));
        }
        assertFalse(BrokerAddresses.anyReachable("127.0.0.1:" + port, Duration.ofSeconds(1)));
    }
}
