package dev.acmr.launcher.status;

import dev.acmr.launcher.layout.SimulatorDirectory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pid of the PostgreSQL server (the postmaster) listening on the launcher's port, read from files only. First the
 * socket lock file {@code .s.PGSQL.<port>.lock} (its first line is the postmaster's pid; readable by root and
 * postgres), then, for a Debian cluster, the world-readable {@code <version>-<cluster>.pid} of the cluster whose
 * {@code /etc/postgresql/<version>/<cluster>/postgresql.conf} sets that port. Empty when neither says (a server
 * elsewhere, or not running).
 */
final class PostmasterPid {

    /** Debian's socket and pid directory, and where its cluster configurations live. */
    static final Path SOCKET_DIRECTORY = Path.of("/var/run/postgresql");
    static final Path CONFIGURATION_ROOT = Path.of("/etc/postgresql");
    private static final int DEFAULT_PORT = 5432;
    private static final Pattern CLUSTER_PID_FILE = Pattern.compile("(.+)-(.+)\\.pid");
    private static final Pattern PORT_SETTING = Pattern.compile("(?m)^\\s*port\\s*=\\s*'?(\\d+)'?");

    private PostmasterPid() {
    }

    static OptionalLong of(int port) {
        return find(port, SOCKET_DIRECTORY, CONFIGURATION_ROOT);
    }

    static OptionalLong find(int port, Path socketDirectory, Path configurationRoot) {
        OptionalLong fromLock = firstLinePid(socketDirectory.resolve(".s.PGSQL." + port + ".lock"));
        if (fromLock.isPresent()) {
            return fromLock;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(socketDirectory, "*.pid")) {
            for (Path file : files) {
                Matcher cluster = CLUSTER_PID_FILE.matcher(file.getFileName().toString());
                if (cluster.matches() && port(configurationRoot.resolve(cluster.group(1)).resolve(cluster.group(2))
                        .resolve("postgresql.conf")) == port) {
                    return firstLinePid(file);
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty(); // no local cluster
        }
        return OptionalLong.empty();
    }

    /** The port a configuration file sets (PostgreSQL's default when it sets none), -1 when unreadable. */
    static int port(Path configuration) {
        Optional<String> text = SimulatorDirectory.read(configuration);
        if (text.isEmpty()) {
            return -1;
        }
        Matcher setting = PORT_SETTING.matcher(text.get());
        int port = DEFAULT_PORT;
        while (setting.find()) {
            port = Integer.parseInt(setting.group(1)); // the last setting wins, as in PostgreSQL
        }
        return port;
    }

    private static OptionalLong firstLinePid(Path file) {
        return SimulatorDirectory.read(file).stream()
                .map(content -> content.lines().findFirst().orElse("").strip())
                .filter(line -> line.matches("\\d+"))
                .mapToLong(Long::parseLong)
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .findFirst();
    }
}
