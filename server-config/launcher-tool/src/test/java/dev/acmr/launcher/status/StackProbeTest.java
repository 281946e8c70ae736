package dev.acmr.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.launcher.layout.LauncherSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProbeTest {

    @TempDir
    Path home;

    @Test
    void aStackNeverStartedIsReportedDown() {
        StackStatus status = new StackProbe(settings()).gather();
        assertEquals("{\"runtime\":[],\"defaultParticipant\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\","
                + "\"simulatorPresets\":{\"sim-1\":\"101c62b3-8918-41b9-a747-d21eb79c6c90\","
                + "\"sim-2\":\"101c62b3-8918-41b9-a747-d21eb79c6c91\",\"sim-3\":\"101c62b3-8918-41b9-a747-d21eb79c6c92\"},"
                + "\"participants\":[],\"broker\":{\"url\":\"mq://127.0.0.1:1\",\"pid\":null,\"health\":\"DOWN\"},"
                + "\"database\":{\"url\":\"postgresql://127.0.0.1:1/acm\",\"pid\":null,\"health\":\"DOWN\"},"
                + "\"das\":{\"url\":\"http://127.0.0.1:24848\",\"pid\":null,\"health\":\"DOWN\"}}",
                StatusJson.render(status));
    }

    @Test
    void nodesAndReplicasComeFromTheDomainAndTheSimulatorsState() throws IOException {
        Files.createDirectories(home.resolve("domains/acm/config"));
        Files.writeString(home.resolve("domains/acm/config/domain.xml"),
                "<domain><servers><server name=\"acm-node-1\"/><server name=\"acm-node-2\"/></servers></domain>");
        Path replica = Files.createDirectories(home.resolve("run/sims/101c62b3-8918-41b9-a747-d21eb79c6c90/replica-1"));
        Files.writeString(replica.resolve("port"), "1\n");
        Files.writeString(replica.resolve("pid"), ProcessHandle.current().pid() + "\n");

        StackStatus status = new StackProbe(settings()).gather();

        assertEquals(List.of("http://127.0.0.1:1", "http://127.0.0.1:2"),
                status.runtime().stream().map(StackStatus.Node::url).toList());
        StackStatus.Replica only = status.participants().get(0).replicas().get(0);
        assertEquals("http://127.0.0.1:1", only.url());
        assertEquals(ProcessHandle.current().pid(), only.pid().getAsLong());
        assertEquals(Health.DOWN, only.health());
    }

    /** Every port one that nothing listens on (1, 2, ...), so every probe fails fast. */
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
        env.put("ACM_RUNTIME_PORT", "1");
        env.put("ACM_INSTANCE_PORTBASE", "25000");
        env.put("ACM_SIM_PORT_FIRST", "8101");
        return LauncherSettings.from(env);
    }
}
