package dev.acmr.launcher.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The ports of the Payara domain: the DAS uses a port base (admin on base + 48), runtime node i serves HTTP on
 * {@code runtimePort + i - 1} (6969, 6970, ...) and takes its other ports from {@code instancePortBase + 100 * i}
 * plus Payara's usual offsets, so that any number of nodes fit side by side on one loopback address.
 */
public record RuntimePorts(String host, int portBase, int runtimePort, int instancePortBase) {

    private static final int ADMIN_OFFSET = 48;
    private static final int DATA_GRID_OFFSET = 49;

    /** A node's ports besides HTTP, as the system properties Payara's default configuration reads them from. */
    enum InstancePort {
        HTTP_SSL_LISTENER_PORT(81),
        IIOP_LISTENER_PORT(37),
        IIOP_SSL_LISTENER_PORT(38),
        IIOP_SSL_MUTUALAUTH_PORT(39),
        JMX_SYSTEM_CONNECTOR_PORT(86),
        OSGI_SHELL_TELNET_PORT(66),
        JAVA_DEBUGGER_PORT(9),
        ASADMIN_LISTENER_PORT(48),
        JMS_PROVIDER_PORT(76),
        HZ_LISTENER_PORT(59);

        private final int offset;

        InstancePort(int offset) {
            this.offset = offset;
        }
    }

    public int adminPort() {
        return portBase + ADMIN_OFFSET;
    }

    /** Node {@code node} (1-based) serves the runtime's REST API on this port. */
    public int httpPort(int node) {
        return runtimePort + node - 1;
    }

    /** Every port of node {@code node} by its system property name, HTTP first. */
    public Map<String, Integer> systemProperties(int node) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("HTTP_LISTENER_PORT", httpPort(node));
        int base = instancePortBase + 100 * node;
        for (InstancePort port : InstancePort.values()) {
            ports.put(port.name(), base + port.offset);
        }
        return ports;
    }

    /** The node's ports as asadmin create-instance --systemproperties takes them (NAME=port:NAME=port...). */
    public String systemPropertiesArgument(int node) {
        StringJoiner joined = new StringJoiner(":");
        systemProperties(node).forEach((name, port) -> joined.add(name + "=" + port));
        return joined.toString();
    }

    /** The data grid's members: the DAS and nodes 1..{@code nodes}; a node added later joins through the DAS. */
    public String dataGridMembers(int nodes) {
        StringJoiner members = new StringJoiner(",");
        members.add(host + ":" + (portBase + DATA_GRID_OFFSET));
        for (int node = 1; node <= nodes; node++) {
            members.add(host + ":" + systemProperties(node).get(InstancePort.HZ_LISTENER_PORT.name()));
        }
        return members.toString();
    }
}
