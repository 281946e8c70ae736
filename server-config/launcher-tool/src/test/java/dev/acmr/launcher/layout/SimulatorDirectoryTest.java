package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDirectoryTest {

    private static final String SIM_1 = "101c62b3-8918-41b9-a747-d21eb79c6c90";
    private static final String SIM_2 = "101c62b3-8918-41b9-a747-d21eb79c6c91";

    @TempDir
    Path root;
    private SimulatorDirectory simulators;

    @BeforeEach
    void replicas() throws IOException {
        simulators = new SimulatorDirectory(root);
        write(SIM_2 + "/replica-1/port", "8103\n");
        write(SIM_1 + "/replica-10/pid", "4242\n");
        write(SIM_1 + "/replica-2/port", "8102\n");
        write(SIM_1 + "/replica-2/replica-id", "1c95dcdb-4c69-31b9-b884-31b5ae4c2548\n");
        write(SIM_1 + "/replica-1/port", "8101\n");
        write(SIM_1 + "/types", "org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0\n");
        write(".hidden/replica-1/port", "8200\n");
    }

    @Test
    void participantsInNameOrderAndTheirSlotsInNumericOrder() {
        assertEquals(List.of(SIM_1, SIM_2), simulators.participants());
        assertEquals(List.of("1", "2", "10"), simulators.slots(SIM_1));
        assertEquals(List.of(), simulators.slots("101c62b3-8918-41b9-a747-d21eb79c6c99"));
    }

    @Test
    void aReplicasRecordedPortAndIdWithoutTheirLineEnd() {
        assertEquals(Optional.of("8102"), simulators.port(SIM_1, "2"));
        assertEquals(Optional.of("1c95dcdb-4c69-31b9-b884-31b5ae4c2548"), simulators.replicaId(SIM_1, "2"));
        assertEquals(Optional.empty(), simulators.port(SIM_1, "10"));
        assertEquals(Optional.empty(), simulators.replicaId(SIM_1, "1"));
    }

    @Test
    void thePortsEveryReplicaClaimed() {
        assertEquals(List.of("8101", "8102", "8103"), simulators.claimedPorts());
    }

    @Test
    void aFreePortIsNeitherClaimedNorListenedOn() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            write(SIM_2 + "/replica-2/port", (port + 1) + "\n");
            int free = simulators.freePort("127.0.0.1", port);
            assertTrue(free > port + 1, "skips the open port and the claimed one: " + free);
        }
    }

    private void write(String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
