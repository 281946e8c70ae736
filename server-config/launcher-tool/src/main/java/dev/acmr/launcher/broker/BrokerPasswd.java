package dev.acmr.launcher.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * OpenMQ's file user repository ({@code <varhome>/instances/<name>/etc/passwd}): one line per user,
 * {@code name:hash:group:active}, where the hash is the MD5 digest of {@code name:password} written as OpenMQ writes
 * it (a signed big integer in hexadecimal). The broker reads the file at every login, so a user added while it runs
 * can connect at once.
 *
 * <p>Only the users given are listed: OpenMQ's own {@code guest} (anonymous) user is not, so nobody logs in without
 * credentials. {@link #ADMIN} is in OpenMQ's {@code admin} group (administration connections), every other user in
 * {@code user}; what each may produce and consume is the broker's access control file's business.
 */
public final class BrokerPasswd {

    /** The broker's administrator, the one user of the admin group. */
    public static final String ADMIN = "admin";
    /** The suffix of a credential file under the launcher's broker directory; the name before it is the user. */
    public static final String PASSWORD_FILE_SUFFIX = ".password";

    /** Characters OpenMQ's user repository cannot hold in a name: its field separator and line breaks. */
    private static final Pattern INVALID_NAME = Pattern.compile("[:\\s*,]");

    private BrokerPasswd() {
    }

    /** The passwd file's text for {@code passwords} (user name to password). */
    public static String render(Map<String, String> passwords) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(passwords).forEach((user, password) -> text.append(line(user, password)).append('\n'));
        return text.toString();
    }

    /** One user's line. */
    static String line(String user, String password) {
        if (user.isEmpty() || INVALID_NAME.matcher(user).find()) {
            throw new IllegalArgumentException("not a broker user name: '" + user + "'");
        }
        if (password.isEmpty() || password.contains("\n")) {
            throw new IllegalArgumentException("broker user " + user + " has an empty or multi-line password");
        }
        return user + ":" + hash(user, password) + ":" + (ADMIN.equals(user) ? "admin" : "user") + ":1";
    }

    /** OpenMQ's password hash: MD5 of {@code user:password}, as a signed big integer in base 16. */
    static String hash(String user, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(digest).toString(16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /** The credentials kept in {@code directory}: each {@code <user>.password} file, its first line the password. */
    public static SortedMap<String, String> read(Path directory) {
        SortedMap<String, String> passwords = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(PASSWORD_FILE_SUFFIX)) {
                    passwords.put(name.substring(0, name.length() - PASSWORD_FILE_SUFFIX.length()),
                            Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broker credentials in " + directory, e);
        }
        return passwords;
    }
}
