package dev.acmr.client.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.client.ClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher run as a process, here a stand-in script that behaves as {@code ./acm} does. */
class LauncherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @Test
    void statusWithSomethingDownIsAnAnswer() throws IOException {
        Launcher launcher = new Launcher(script("""
                echo 'checking' >&2
                echo '{"runtime":[],"defaultParticipant":"p","simulatorPresets":{},"participants":[],\
                "broker":{"url":"mq://127.0.0.1:7676","pid":null,"health":"DOWN"},\
                "database":{"url":"postgresql://127.0.0.1:5432/acm","health":"UP"}}'
                exit 3
                """));
        StackView view = launcher.status(TIMEOUT);
        assertEquals("p", view.defaultParticipant());
        assertEquals(Health.DOWN, view.broker().health());
    }

    @Test
    void statusFailingOtherwiseThrows() throws IOException {
        Launcher launcher = new Launcher(script("echo 'no stack here' >&2; exit 1"));
        assertThrows(ClientException.class, () -> launcher.status(TIMEOUT));
    }

    @Test
    void theLogGoesToTheCallerLineByLineAndTheEnvironmentToTheLauncher() throws IOException {
        Launcher launcher = new Launcher(script("echo \"start $1 $ACM_TEST_VALUE\" >&2; echo done; echo end >&2"));
        List<String> lines = new ArrayList<>();
        Launcher.Result result = launcher.run(Map.of("ACM_TEST_VALUE", "42"), TIMEOUT, lines::add, "start");
        assertEquals(List.of("start start 42", "end"), lines);
        assertEquals(new Launcher.Result(0, "done\n", "start start 42\nend\n"), result);
    }

    @Test
    void runOrFailThrowsOnANonZeroExit() throws IOException {
        Launcher launcher = new Launcher(script("exit 2"));
        assertThrows(ClientException.class, () -> launcher.runOrFail(TIMEOUT, line -> { }, "sim", "stop"));
    }

    private Path script(String body) throws IOException {
        Path script = directory.resolve("acm");
        Files.writeString(script, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
