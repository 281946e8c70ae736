package dev.acmr.launcher.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The simulators' state as the launcher's scripts keep it: one directory per participant (named by its id), and in
 * it one directory per replica ({@code replica-<slot>}) holding its {@code port}, {@code pid} and {@code replica-id}.
 */
public final class SimulatorDirectory {

    private static final String REPLICA_PREFIX = "replica-";
    /** Slots in numeric order (replica-2 before replica-10); anything else after them, by name. */
    private static final Comparator<String> SLOT_ORDER =
            Comparator.comparingLong(SimulatorDirectory::leadingNumber).thenComparing(Comparator.naturalOrder());

    private final Path root;

    public SimulatorDirectory(Path root) {
        this.root = root;
    }

    /** The participants started so far, by id in name order. */
    public List<String> participants() {
        return names(root).filter(name -> !name.startsWith(".")).sorted().toList();
    }

    /** The replica slots of a participant, in numeric order. */
    public List<String> slots(String participantId) {
        return names(root.resolve(participantId))
                .filter(name -> name.startsWith(REPLICA_PREFIX))
                .map(name -> name.substring(REPLICA_PREFIX.length()))
                .sorted(SLOT_ORDER)
                .toList();
    }

    public Path replicaDirectory(String participantId, String slot) {
        return root.resolve(participantId).resolve(REPLICA_PREFIX + slot);
    }

    /** The port a replica was given, as recorded; empty before it was first launched. */
    public Optional<String> port(String participantId, String slot) {
        return read(replicaDirectory(participantId, slot).resolve("port"));
    }

    public Optional<String> replicaId(String participantId, String slot) {
        return read(replicaDirectory(participantId, slot).resolve("replica-id"));
    }

    public Path pidFile(String participantId, String slot) {
        return replicaDirectory(participantId, slot).resolve("pid");
    }

    /** Every port a replica of any participant has claimed, for the next launch to avoid. */
    public List<String> claimedPorts() {
        return participants().stream()
                .flatMap(participant -> slots(participant).stream().map(slot -> replicaDirectory(participant, slot)))
                .map(directory -> directory.resolve("port"))
                .filter(Files::isRegularFile)
                .flatMap(SimulatorDirectory::lines)
                .toList();
    }

    /**
     * The first port from {@code firstPort} that no replica has claimed and nothing listens on: a replica keeps its
     * port across restarts, so a stopped replica's port is not handed to another.
     */
    public int freePort(String host, int firstPort) {
        List<String> claimed = claimedPorts();
        int port = firstPort;
        while (claimed.contains(Integer.toString(port)) || Ports.open(host, port)) {
            port++;
        }
        return port;
    }

    /** A one-line file's content without its line end; empty when the file is missing or empty. */
    public static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).stripTrailing())
                    .filter(content -> !content.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Stream<String> names(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static long leadingNumber(String slot) {
        int end = 0;
        while (end < slot.length() && end < 18 && Character.isDigit(slot.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Long.parseLong(slot.substring(0, end));
    }
}
