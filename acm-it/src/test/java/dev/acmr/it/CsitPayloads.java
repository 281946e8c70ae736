package dev.acmr.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * ONAP's own system-test payloads (../shared/reference/onap-csit-data), read byte for byte. Only the placeholders that
 * ONAP's Robot suites replace are replaced here (with the spelling they use, e.g. {@code INSTACEIDPLACEHOLDER}), so a
 * test using them proves what an ONAP user's scripts would see.
 */
final class CsitPayloads {

    static final Path DIRECTORY = Path.of(System.getProperty("acm.csit.dir", "../../shared/reference/onap-csit-data"));
    static final String COMPOSITION = "COMPOSITIONIDPLACEHOLDER";
    static final String TARGET_COMPOSITION = "COMPOSITIONTARGETIDPLACEHOLDER";
    /** ONAP's Robot suites spell it without the N; one payload uses the full spelling. */
    static final String INSTANCE = "INSTACEIDPLACEHOLDER";
    static final String INSTANCE_FULL = "INSTANCEIDPLACEHOLDER";
    static final String TEXT = "TEXTPLACEHOLDER";

    private CsitPayloads() {
    }

    /** The file's content, unchanged. */
    static String raw(String fileName) {
        try {
            return Files.readString(DIRECTORY.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("ONAP CSIT payload " + fileName + " not readable in " + DIRECTORY, e);
        }
    }

    /** The file with each placeholder (a key) replaced by its value, as the Robot suites' Replace String does. */
    static String replaced(String fileName, Map<String, String> placeholders) {
        String text = raw(fileName);
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace(placeholder.getKey(), placeholder.getValue());
        }
        return text;
    }

    /** The file with {@value #COMPOSITION} replaced. */
    static String withComposition(String fileName, String compositionId) {
        return replaced(fileName, Map.of(COMPOSITION, compositionId));
    }
}
