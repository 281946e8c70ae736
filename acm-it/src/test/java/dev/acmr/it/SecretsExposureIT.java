package dev.acmr.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.client.http.Credentials;
import dev.acmr.client.stack.Participant;
import dev.acmr.client.stack.Replica;
import dev.acmr.client.stack.RuntimeNode;
import dev.acmr.client.stack.StackView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No password of the stack is visible to another user of the machine: none is in the arguments of a process of the
 * stack ({@code /proc/<pid>/cmdline}, what {@code ps} shows to everyone), and every file under the state directory
 * that holds one (asadmin command files, the DAS's and the nodes' {@code domain.xml}, the admin password file, the
 * broker logins under {@code .acm/broker}) is readable by its owner only.
 */
class SecretsExposureIT {

    /** Group and other access: a file holding a secret has none of these. */
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    /** Passwords this short (the database's development default, "acm") also occur in paths and names. */
    private static final int DISTINCTIVE_LENGTH = 8;
    /** Larger files are archives and binaries of the distributions, not configuration. */
    private static final long LARGEST_SCANNED = 4L * 1024 * 1024;

    @Test
    void noProcessOfTheStackHasAPasswordInItsArguments() {
        Map<String, Pattern> secrets = knownSecrets();
        List<String> exposed = new ArrayList<>();
        processes(Stack.view()).forEach((what, pid) -> {
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            String arguments = read(cmdline).replace('\0', ' ');
            secrets.forEach((secret, pattern) -> {
                if (pattern.matcher(arguments).find()) {
                    exposed.add(what + " (pid " + pid + ") has the " + secret + " in its arguments");
                }
            });
        });
        assertTrue(exposed.isEmpty(), String.join("\n", exposed));
    }

    @Test
    void everyFileHoldingAPasswordIsReadableByItsOwnerOnly() {
        Path home = Stack.acmHome();
        Map<String, Pattern> secrets = knownSecrets();
        List<String> exposed = new ArrayList<>();
        for (Path file : configurationFiles(home)) {
            String text = readIfPresent(file);
            secrets.forEach((secret, pattern) -> {
                if (pattern.matcher(text).find() && !ownerOnly(file)) {
                    exposed.add(home.relativize(file) + " holds the " + secret + " and is " + permissions(file));
                }
            });
        }
        assertTrue(exposed.isEmpty(), String.join("\n", exposed));
    }

    @Test
    void theFilesKnownToHoldPasswordsExistAndAreOwnerOnly() {
        Path home = Stack.acmHome();
        List<Path> expected = new ArrayList<>(List.of(home.resolve("admin-password.txt"),
                home.resolve("run/configure-domain.asadmin"), home.resolve("domains/acm/config/domain.xml")));
        expected.addAll(nodeDomainXmls(home));
        assertFalse(nodeDomainXmls(home).isEmpty(), "no runtime node's domain.xml under " + home);
        for (Path file : expected) {
            assertTrue(Files.isRegularFile(file), file + " is missing");
            assertTrue(ownerOnly(file), file + " is " + permissions(file) + ", not owner-only");
        }
    }

    /** Each known secret with the pattern that finds it: a distinctive one anywhere, a short one after "password". */
    private static Map<String, Pattern> knownSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("runtime API password", Credentials.runtime().password());
        secrets.put("simulator API password", Credentials.simulator().password());
        secrets.put("database password", env("ACM_DB_PASSWORD", "acm"));
        secrets.put("Payara admin password", adminPassword());
        brokerPasswords().forEach((user, password) -> secrets.put("broker password of " + user, password));
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        secrets.forEach((name, secret) -> patterns.put(name, secret.length() >= DISTINCTIVE_LENGTH
                ? Pattern.compile(Pattern.quote(secret))
                : Pattern.compile("(?i)password[^\\n]{0,12}?" + Pattern.quote(secret) + "(?![A-Za-z0-9])")));
        return patterns;
    }

    private static String adminPassword() {
        String file = read(Stack.acmHome().resolve("admin-password.txt"));
        return file.lines().filter(line -> line.startsWith("AS_ADMIN_PASSWORD=")).findFirst()
                .map(line -> line.substring("AS_ADMIN_PASSWORD=".length()).strip())
                .orElseThrow(() -> new AssertionError("no AS_ADMIN_PASSWORD in admin-password.txt"));
    }

    /** The broker logins the launcher keeps, one {@code <user>.password} file each under {@code .acm/broker}. */
    private static Map<String, String> brokerPasswords() {
        Path directory = Stack.acmHome().resolve("broker");
        Map<String, String> passwords = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".password")).sorted().forEach(file ->
                    passwords.put(file.getFileName().toString().replaceFirst("\\.password$", ""),
                            read(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("no broker credentials under " + directory, e);
        }
        assertFalse(passwords.isEmpty(), "no broker credentials under " + directory);
        return passwords;
    }

    /** Every process of the stack the launcher reports, by a name for the failure message. */
    private static Map<String, Long> processes(StackView view) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (RuntimeNode node : view.runtime()) {
            pids.put("runtime node " + node.name(), required(node.pid(), node));
        }
        for (Participant participant : view.participants()) {
            for (Replica replica : participant.replicas()) {
                pids.put("replica " + replica.replicaId() + " of " + participant.participantId(),
                        required(replica.pid(), replica));
            }
        }
        pids.put("broker", required(view.broker().pid(), view.broker()));
        return pids;
    }

    /**
     * The text files under the state directory: everything but the unpacked distributions, whose configuration
     * (the nodes' directories under Payara's) is included.
     */
    private static List<Path> configurationFiles(Path home) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            all.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(home.resolve("dist"))
                            || file.startsWith(home.resolve("dist/payara6/glassfish/nodes")))
                    .filter(file -> size(file) <= LARGEST_SCANNED)
                    .filter(file -> !Pattern.matches(".*\\.(jar|war|ear|rar|zip|gz)$", file.toString()))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "nothing under " + home);
        return files;
    }

    private static List<Path> nodeDomainXmls(Path home) {
        return LogTail.find(home.resolve("dist/payara6/glassfish/nodes"), "*/*/config/domain.xml");
    }

    private static boolean ownerOnly(Path file) {
        return permissionSet(file).stream().noneMatch(NOT_OWNER::contains);
    }

    private static String permissions(Path file) {
        return PosixFilePermissions.toString(permissionSet(file));
    }

    private static Set<PosixFilePermission> permissionSet(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE; // gone while walking (a rotated log): nothing to check
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file's text, or nothing when it went away while the directory was walked (a rotated log). */
    private static String readIfPresent(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static long required(Long pid, Object component) {
        if (pid == null) {
            throw new AssertionError("not running: " + component);
        }
        return pid;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
