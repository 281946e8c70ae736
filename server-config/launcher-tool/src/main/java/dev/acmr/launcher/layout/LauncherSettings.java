package dev.acmr.launcher.layout;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings as its scripts pass them in the environment. The scripts own the defaults (and document
 * them to operators), so every value here is required; only the default participant's overrides are optional.
 *
 * @param host           the loopback address everything listens on
 * @param runDirectory   the launcher's run directory (pid files, simulator state)
 * @param domainDirectory the Payara domain's directory (holds config/domain.xml and the DAS pid)
 * @param nodesDirectory the directory of the domain's local node, one sub-directory per runtime node
 */
public record LauncherSettings(String host, Path runDirectory, Path domainDirectory, Path nodesDirectory,
                               Database database, int brokerPort, RuntimePorts runtimePorts, int simulatorFirstPort,
                               Optional<String> defaultParticipantId, Optional<String> defaultParticipantTypes) {

    /** Where the database is and how the launcher logs in. */
    public record Database(int port, String name, String user, String password) {
    }

    /** Reads the settings from environment variables named as the launcher's (ACM_HOST, ACM_DB_PORT, ...). */
    public static LauncherSettings from(Map<String, String> env) {
        Reader reader = new Reader(env);
        return new LauncherSettings(reader.text("ACM_HOST"), reader.path("ACM_RUN"), reader.path("ACM_DOMAIN_DIR"),
                reader.path("ACM_NODES_DIR"),
                new Database(reader.number("ACM_DB_PORT"), reader.text("ACM_DB_NAME"), reader.text("ACM_DB_USER"),
                        reader.text("ACM_DB_PASSWORD")),
                reader.number("ACM_BROKER_PORT"),
                new RuntimePorts(reader.text("ACM_HOST"), reader.number("ACM_PORTBASE"),
                        reader.number("ACM_RUNTIME_PORT"), reader.number("ACM_INSTANCE_PORTBASE")),
                reader.number("ACM_SIM_PORT_FIRST"), reader.optional("ACM_SIM_DEFAULT_ID"),
                reader.optional("ACM_SIM_DEFAULT_TYPES"));
    }

    /** The simulators' state: one directory per participant, one sub-directory per replica. */
    public Path simulatorsDirectory() {
        return runDirectory.resolve("sims");
    }

    public Path brokerPidFile() {
        return runDirectory.resolve("broker.pid");
    }

    public Path domainXml() {
        return domainDirectory.resolve("config").resolve("domain.xml");
    }

    public Path dasPidFile() {
        return domainDirectory.resolve("config").resolve("pid");
    }

    private record Reader(Map<String, String> env) {

        String text(String name) {
            String value = env.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(name + " is not set (the launcher's scripts pass it)");
            }
            return value;
        }

        Optional<String> optional(String name) {
            return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
        }

        Path path(String name) {
            return Path.of(text(name));
        }

        int number(String name) {
            try {
                return Integer.parseInt(text(name));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, not " + env.get(name), e);
            }
        }
    }
}
