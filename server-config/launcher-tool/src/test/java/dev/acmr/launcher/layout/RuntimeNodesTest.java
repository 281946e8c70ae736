package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeNodesTest {

    @TempDir
    Path nodesDirectory;

    @Test
    void aNodeExistsOnceTheDomainDefinesItOrItHasADirectory() throws IOException {
        Files.createDirectories(nodesDirectory.resolve("acm-node-2"));
        RuntimeNodes nodes = new RuntimeNodes(nodesDirectory, Set.of("server", "acm-node-1"));
        assertTrue(nodes.exists(1));
        assertTrue(nodes.exists(2));
        assertFalse(nodes.exists(3));
        assertEquals(2, nodes.count());
    }

    @Test
    void countingStopsAtTheFirstMissingNode() {
        assertEquals(1, new RuntimeNodes(nodesDirectory, Set.of("acm-node-1", "acm-node-3")).count());
        assertEquals(0, new RuntimeNodes(nodesDirectory, Set.of()).count());
    }

    @Test
    void aNodesPidFileIsInItsConfigDirectory() {
        assertEquals(nodesDirectory.resolve("acm-node-2/config/pid"),
                new RuntimeNodes(nodesDirectory, Set.of()).pidFile(2));
    }
}
