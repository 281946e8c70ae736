package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainXmlTest {

    @TempDir
    Path directory;

    @Test
    void readsTheNamesOfTheDomainsServers() throws IOException {
        Path file = directory.resolve("domain.xml");
        try (InputStream sample = getClass().getResourceAsStream("/domain.xml")) {
            Files.copy(sample, file);
        }
        // Only servers: a deployment group's reference to a node or a property named like one is not a server.
        assertEquals(List.of("server", "acm-node-1", "acm-node-2"), List.copyOf(DomainXml.serverNames(file)));
    }

    @Test
    void aDomainNotCreatedYetHasNoServers() {
        assertEquals(Set.of(), DomainXml.serverNames(directory.resolve("domain.xml")));
    }

    @Test
    void anUnreadableFileCountsAsNoServers() throws IOException {
        Path file = Files.writeString(directory.resolve("domain.xml"), "<domain><servers><server name=\"acm-node-1\"");
        assertEquals(Set.of(), DomainXml.serverNames(file));
    }
}
