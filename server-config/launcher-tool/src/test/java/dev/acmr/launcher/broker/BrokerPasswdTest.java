package dev.acmr.launcher.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPasswdTest {

    @Test
    void hashesAsOpenMqsOwnPasswdFileDoes() {
        // The lines OpenMQ 6.5.0 ships in a new broker instance's etc/passwd for guest/guest and admin/admin.
        assertEquals("-2c3c4a34aa2c392f39edd112333c230d", BrokerPasswd.hash("guest", "guest"));
        assertEquals("admin:-2d5455c8583c24eec82c7a1e273ea02e:admin:1", BrokerPasswd.line("admin", "admin"));
    }

    @Test
    void listsOnlyTheGivenUsersSoGuestCannotLogIn() {
        String passwd = BrokerPasswd.render(Map.of("acm-runtime", "r", "participant-1", "p", "admin", "a"));

        assertEquals(3, passwd.lines().count());
        assertFalse(passwd.contains("guest"));
        assertEquals(java.util.List.of("admin", "acm-runtime", "participant-1").stream().sorted().toList(),
                passwd.lines().map(line -> line.substring(0, line.indexOf(':'))).toList());
        passwd.lines().filter(line -> !line.startsWith("admin:"))
                .forEach(line -> assertEquals("user", line.split(":")[2], line));
    }

    @Test
    void refusesNamesAndPasswordsTheFileCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> BrokerPasswd.line("a:b", "p"));
        assertThrows(IllegalArgumentException.class, () -> BrokerPasswd.line("", "p"));
        assertThrows(IllegalArgumentException.class, () -> BrokerPasswd.line("user", ""));
    }

    @Test
    void readsOneUserPerPasswordFile(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("acm-runtime.password"), "secret\n");
        Files.writeString(directory.resolve("notes.txt"), "ignored");

        assertEquals(Map.of("acm-runtime", "secret"), BrokerPasswd.read(directory));
    }
}
