package dev.acmr.launcher;

import dev.acmr.launcher.broker.BrokerPasswd;
import dev.acmr.launcher.layout.LauncherSettings;
import dev.acmr.launcher.layout.ReplicaIds;
import dev.acmr.launcher.layout.RuntimeNodes;
import dev.acmr.launcher.layout.RuntimePorts;
import dev.acmr.launcher.layout.SimulatorDirectory;
import dev.acmr.launcher.layout.SimulatorPreset;
import dev.acmr.launcher.status.StackProbe;
import dev.acmr.launcher.status.StackStatus;
import dev.acmr.launcher.status.StatusJson;
import dev.acmr.launcher.status.StatusText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code java -jar acm-launcher.jar COMMAND ...}, run by the ./acm launcher's scripts with their settings in the
 * environment (see {@link LauncherSettings}). Answers go to standard output; exit status 0 unless said otherwise.
 */
public final class LauncherTool {

    /** ./acm status's exit status when something is DOWN (as systemctl status). */
    static final int SOMETHING_DOWN = 3;
    static final int USAGE = 2;

    private static final String HELP = """
            Usage: acm-launcher COMMAND
              status [--json]             the stack's components and health; exit 3 when one is DOWN
              runtime-layout NODES        bash assignments for runtime nodes 1..max(NODES, existing nodes): names,
                                          HTTP ports, whether each exists, create-instance ports, data grid members
              default-participant         "ID TYPES" of the participant ./acm start runs
              simulator-preset NAME       "ID TYPES" of a preset (sim-1, sim-2, ...); exit 1 with the reason if unknown
              replica-id PARTICIPANT SLOT the name-based id of a simulator replica
              free-port                   the first simulator port no replica claimed and nothing listens on
              broker-passwd DIR           the broker's passwd file for the <user>.password files in DIR
            """;

    private final LauncherSettings settings;
    private final PrintStream out;

    LauncherTool(LauncherSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.print(HELP);
            System.exit(USAGE);
        }
        try {
            System.exit(new LauncherTool(LauncherSettings.from(System.getenv()), System.out).run(List.of(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("acm-launcher: " + e.getMessage());
            System.exit(USAGE);
        }
    }

    int run(List<String> args) {
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "status" -> status(rest);
            case "runtime-layout" -> runtimeLayout(number(rest, 0, "NODES"));
            case "default-participant" -> print(presetLine(SimulatorPreset.defaultParticipant(settings)));
            case "simulator-preset" -> simulatorPreset(argument(rest, 0, "NAME"));
            case "replica-id" -> print(ReplicaIds.of(argument(rest, 0, "PARTICIPANT"), argument(rest, 1, "SLOT"))
                    .toString());
            case "free-port" -> print(Integer.toString(new SimulatorDirectory(settings.simulatorsDirectory())
                    .freePort(settings.host(), settings.simulatorFirstPort())));
            case "broker-passwd" -> print(BrokerPasswd.render(BrokerPasswd.read(Path.of(argument(rest, 0, "DIR"))))
                    .stripTrailing());
            default -> throw new IllegalArgumentException("unknown command " + args.get(0) + "\n" + HELP);
        };
    }

    private int status(List<String> args) {
        boolean json = args.contains("--json");
        StackStatus status = new StackProbe(settings).gather();
        out.print(json ? StatusJson.render(status) + "\n" : StatusText.render(status));
        return (json ? StatusJson.allUp(status) : StatusText.allUp(status)) ? 0 : SOMETHING_DOWN;
    }

    /** What the scripts need to create, start, stop and list runtime nodes, computed once per ./acm call. */
    private int runtimeLayout(int nodes) {
        RuntimePorts ports = settings.runtimePorts();
        RuntimeNodes existing = RuntimeNodes.of(settings);
        int count = existing.count();
        List<Integer> numbers = IntStream.rangeClosed(1, Math.max(nodes, count)).boxed().toList();
        List<String> properties = new ArrayList<>();
        for (int node : numbers) {
            properties.add(ports.systemPropertiesArgument(node));
        }
        out.print(new ShellAssignments()
                .set("ACM_ADMIN_PORT", ports.adminPort())
                .set("RUNTIME_GRID_MEMBERS", ports.dataGridMembers(nodes))
                .array("RUNTIME_NODE_NAME", numbers.stream().map(RuntimeNodes::name).toList())
                .array("RUNTIME_NODE_PORT", numbers.stream().map(ports::httpPort).toList())
                .array("RUNTIME_NODE_EXISTS", numbers.stream().map(node -> existing.exists(node) ? 1 : 0).toList())
                .array("RUNTIME_NODE_PROPERTIES", properties));
        return 0;
    }

    private int simulatorPreset(String name) {
        return SimulatorPreset.named(name).map(preset -> print(presetLine(preset))).orElseGet(() -> {
            // The launcher reports this line as its error.
            out.println("no simulator preset " + name + " (known: " + SimulatorPreset.names() + ")");
            return 1;
        });
    }

    private static String presetLine(SimulatorPreset preset) {
        return preset.participantId() + " " + preset.typesArgument();
    }

    private int print(String line) {
        out.println(line);
        return 0;
    }

    private static String argument(List<String> args, int index, String name) {
        if (args.size() <= index) {
            throw new IllegalArgumentException(name + " is missing\n" + HELP);
        }
        return args.get(index);
    }

    private static int number(List<String> args, int index, String name) {
        try {
            return Integer.parseInt(argument(args, index, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number", e);
        }
    }
}
