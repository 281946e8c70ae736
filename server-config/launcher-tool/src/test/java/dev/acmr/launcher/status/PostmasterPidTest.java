package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmasterPidTest {

    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path sockets;
    @TempDir
    Path configurations;

    @Test
    void theSocketLockFileNamesThePostmaster() throws IOException {
        Files.writeString(sockets.resolve(".s.PGSQL.5433.lock"), SELF + "\n/var/lib/postgresql/15/main\n1796578902\n");
        assertEquals(OptionalLong.of(SELF), PostmasterPid.find(5433, sockets, configurations));
        assertEquals(OptionalLong.empty(), PostmasterPid.find(5432, sockets, configurations), "another port");
    }

    @Test
    void otherwiseTheDebianPidFileOfTheClusterOnThatPort() throws IOException {
        Files.writeString(sockets.resolve("15-main.pid"), SELF + "\n");
        Files.writeString(sockets.resolve("16-other.pid"), "1\n");
        cluster("15", "main", "# port = 5999\nport = 5432\t\t# (change requires restart)\n");
        cluster("16", "other", "port = 5434\n");
        assertEquals(OptionalLong.of(SELF), PostmasterPid.find(5432, sockets, configurations));
        assertEquals(OptionalLong.empty(), PostmasterPid.find(5435, sockets, configurations));
    }

    @Test
    void aConfigurationWithoutAPortUsesTheDefault() throws IOException {
        assertEquals(5432, PostmasterPid.port(cluster("15", "main", "#port = 5433\nmax_connections = 100\n")));
        assertEquals(-1, PostmasterPid.port(configurations.resolve("absent.conf")));
    }

    @Test
    void nothingForAnEndedProcessGarbageOrNoDirectory() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(sockets.resolve(".s.PGSQL.5432.lock"), ended.pid() + "\n");
        Files.writeString(sockets.resolve(".s.PGSQL.5433.lock"), "garbage\n");
        assertEquals(OptionalLong.empty(), PostmasterPid.find(5432, sockets, configurations));
        assertEquals(OptionalLong.empty(), PostmasterPid.find(5433, sockets, configurations));
        assertEquals(OptionalLong.empty(), PostmasterPid.find(5432, sockets.resolve("absent"), configurations));
    }

    private Path cluster(String version, String name, String configuration) throws IOException {
        Path directory = Files.createDirectories(configurations.resolve(version).resolve(name));
        return Files.writeString(directory.resolve("postgresql.conf"), configuration);
    }
}
