package dev.acmr.launcher.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimePortsTest {

    private final RuntimePorts defaults = new RuntimePorts("127.0.0.1", 24800, 6969, 25000);

    @Test
    void theAdminServerListensOnThePortBasePlus48() {
        assertEquals(24848, defaults.adminPort());
        assertEquals(7048, new RuntimePorts("127.0.0.1", 7000, 6969, 25000).adminPort());
    }

    @Test
    void nodesServeHttpOnConsecutivePortsFromTheRuntimePort() {
        assertEquals(List.of(6969, 6970, 6971), List.of(defaults.httpPort(1), defaults.httpPort(2), defaults.httpPort(3)));
        assertEquals(7001, new RuntimePorts("127.0.0.1", 24800, 7000, 25000).httpPort(2));
    }

    /** The ports a domain created by the launcher gave acm-node-1 (its domain.xml), in create-instance's order. */
    @Test
    void aNodeTakesItsOtherPortsFromItsOwnHundredAboveTheInstancePortBase() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("HTTP_LISTENER_PORT", 6969);
        expected.put("HTTP_SSL_LISTENER_PORT", 25181);
        expected.put("IIOP_LISTENER_PORT", 25137);
        expected.put("IIOP_SSL_LISTENER_PORT", 25138);
        expected.put("IIOP_SSL_MUTUALAUTH_PORT", 25139);
        expected.put("JMX_SYSTEM_CONNECTOR_PORT", 25186);
        expected.put("OSGI_SHELL_TELNET_PORT", 25166);
        expected.put("JAVA_DEBUGGER_PORT", 25109);
        expected.put("ASADMIN_LISTENER_PORT", 25148);
        expected.put("JMS_PROVIDER_PORT", 25176);
        expected.put("HZ_LISTENER_PORT", 25159);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(defaults.systemProperties(1).entrySet()));
    }

    @Test
    void createInstanceTakesThePortsAsColonSeparatedProperties() {
        assertEquals("HTTP_LISTENER_PORT=6970:HTTP_SSL_LISTENER_PORT=25281:IIOP_LISTENER_PORT=25237"
                        + ":IIOP_SSL_LISTENER_PORT=25238:IIOP_SSL_MUTUALAUTH_PORT=25239:JMX_SYSTEM_CONNECTOR_PORT=25286"
                        + ":OSGI_SHELL_TELNET_PORT=25266:JAVA_DEBUGGER_PORT=25209:ASADMIN_LISTENER_PORT=25248"
                        + ":JMS_PROVIDER_PORT=25276:HZ_LISTENER_PORT=25259",
                defaults.systemPropertiesArgument(2));
    }

    @Test
    void theDataGridIsTheAdminServerAndEveryNode() {
        assertEquals("127.0.0.1:24849", defaults.dataGridMembers(0));
        assertEquals("127.0.0.1:24849,127.0.0.1:25159,127.0.0.1:25259", defaults.dataGridMembers(2));
    }
}
