package dev.acmr.launcher.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The runtime nodes of the domain: node i is the instance {@code acm-node-i}; it exists once it has a directory
 * under the local node or the domain defines it (created once, kept across restarts).
 */
public final class RuntimeNodes {

    private final Path nodesDirectory;
    private final Set<String> definedServers;

    public RuntimeNodes(Path nodesDirectory, Set<String> definedServers) {
        this.nodesDirectory = nodesDirectory;
        this.definedServers = Set.copyOf(definedServers);
    }

    /** The nodes of the domain of these settings, as its files show them now. */
    public static RuntimeNodes of(LauncherSettings settings) {
        return new RuntimeNodes(settings.nodesDirectory(), DomainXml.serverNames(settings.domainXml()));
    }

    public static String name(int node) {
        return "acm-node-" + node;
    }

    public Path directory(int node) {
        return nodesDirectory.resolve(name(node));
    }

    /** The file the node's server writes its pid to while it runs. */
    public Path pidFile(int node) {
        return directory(node).resolve("config").resolve("pid");
    }

    public boolean exists(int node) {
        return Files.isDirectory(directory(node)) || definedServers.contains(name(node));
    }

    /** How many nodes exist, counting from node 1 up to the first missing one. */
    public int count() {
        int count = 0;
        while (exists(count + 1)) {
            count++;
        }
        return count;
    }
}
