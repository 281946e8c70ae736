package dev.acmr.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.launcher.layout.LauncherSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherToolTest {

    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void theRuntimeLayoutCoversTheRequestedAndTheExistingNodes() throws IOException {
        Files.createDirectories(home.resolve("domains/acm/config"));
        Files.writeString(home.resolve("domains/acm/config/domain.xml"),
                "<domain><servers><server name=\"server\"/><server name=\"acm-node-1\"/></servers></domain>");
        Files.createDirectories(home.resolve("nodes/acm-node-2"));

        assertEquals(0, run("runtime-layout", "1"));

        assertEquals("""
                ACM_ADMIN_PORT='24848'
                RUNTIME_GRID_MEMBERS='127.0.0.1:24849,127.0.0.1:25159'
                RUNTIME_NODE_NAME=([1]='acm-node-1' [2]='acm-node-2')
                RUNTIME_NODE_PORT=([1]='6969' [2]='6970')
                RUNTIME_NODE_EXISTS=([1]='1' [2]='1')
                RUNTIME_NODE_PROPERTIES=([1]='HTTP_LISTENER_PORT=6969:HTTP_SSL_LISTENER_PORT=25181:IIOP_LISTENER_PORT=25137\
                :IIOP_SSL_LISTENER_PORT=25138:IIOP_SSL_MUTUALAUTH_PORT=25139:JMX_SYSTEM_CONNECTOR_PORT=25186\
                :OSGI_SHELL_TELNET_PORT=25166:JAVA_DEBUGGER_PORT=25109:ASADMIN_LISTENER_PORT=25148:JMS_PROVIDER_PORT=25176\
                :HZ_LISTENER_PORT=25159' [2]='HTTP_LISTENER_PORT=6970:HTTP_SSL_LISTENER_PORT=25281\
                :IIOP_LISTENER_PORT=25237:IIOP_SSL_LISTENER_PORT=25238:IIOP_SSL_MUTUALAUTH_PORT=25239\
                :JMX_SYSTEM_CONNECTOR_PORT=25286:OSGI_SHELL_TELNET_PORT=25266:JAVA_DEBUGGER_PORT=25209\
                :ASADMIN_LISTENER_PORT=25248:JMS_PROVIDER_PORT=25276:HZ_LISTENER_PORT=25259')
                """, output());
    }

    @Test
    void aFreshDomainHasNoNodesYet() {
        assertEquals(0, run("runtime-layout", "0"));
        assertEquals("""
                ACM_ADMIN_PORT='24848'
                RUNTIME_GRID_MEMBERS='127.0.0.1:24849'
                RUNTIME_NODE_NAME=()
                RUNTIME_NODE_PORT=()
                RUNTIME_NODE_EXISTS=()
                RUNTIME_NODE_PROPERTIES=()
                """, output());
    }

    @Test
    void presetsAndTheDefaultParticipantAsIdAndTypes() {
        assertEquals(0, run("default-participant"));
        assertEquals(0, run("simulator-preset", "sim-2"));
        assertEquals("""
                101c62b3-8918-41b9-a747-d21eb79c6c90 org.onap.policy.clamp.acm.SimAutomationCompositionElement:1.0.0
                101c62b3-8918-41b9-a747-d21eb79c6c91 org.onap.policy.clamp.acm.SimAutomationCompositionElement2:1.0.0
                """, output());
    }

    @Test
    void anUnknownPresetFailsWithTheLineTheLauncherReports() {
        assertEquals(1, run("simulator-preset", "sim-9"));
        assertEquals("no simulator preset sim-9 (known: sim-1, sim-2, sim-3)\n", output());
    }

    @Test
    void aReplicaId() {
        assertEquals(0, run("replica-id", "101c62b3-8918-41b9-a747-d21eb79c6c90", "2"));
        assertEquals("1c95dcdb-4c69-31b9-b884-31b5ae4c2548\n", output());
    }

    @Test
    void statusExitsThreeWhenSomethingIsDown() {
        assertEquals(LauncherTool.SOMETHING_DOWN, run("status", "--json"));
        assertEquals(LauncherTool.SOMETHING_DOWN, run("status"));
    }

    @Test
    void missingArgumentsAndUnknownCommandsAreUsageErrors() {
        assertThrows(IllegalArgumentException.class, () -> run("replica-id", "101c62b3-8918-41b9-a747-d21eb79c6c90"));
        assertThrows(IllegalArgumentException.class, () -> run("runtime-layout", "two"));
        assertThrows(IllegalArgumentException.class, () -> run("restart"));
    }

    private int run(String... args) {
        return new LauncherTool(settings(), new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The launcher's default ports under a temporary home; the database and broker on port 1, where nothing listens. */
    private LauncherSettings settings() {
        Map<String, String> env = new HashMap<>();
        env.put("ACM_HOST", "127.0.0.1");
        env.put("ACM_RUN", home.resolve("run").toString());
        env.put("ACM_DOMAIN_DIR", home.resolve("domains/acm").toString());
        env.put("ACM_NODES_DIR", home.resolve("nodes").toString());
        env.put("ACM_DB_PORT", "1");
        env.put("ACM_DB_NAME", "acm");
        env.put("ACM_DB_USER", "acm");
        env.put("ACM_DB_PASSWORD", "acm");
        env.put("ACM_BROKER_PORT", "1");
        env.put("ACM_PORTBASE", "24800");
        env.put("ACM_RUNTIME_PORT", "6969");
        env.put("ACM_INSTANCE_PORTBASE", "25000");
        env.put("ACM_SIM_PORT_FIRST", "8101");
        return LauncherSettings.from(env);
    }
}
