package dev.acmr.runtime.composition.tosca;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The service templates under src/test/resources/tosca, and edits that break them in one place. */
public final class TemplateFixtures {

    public static final ParseLimits LIMITS = ParseLimits.forDocumentsOf(4 * 1024 * 1024);

    private TemplateFixtures() {
    }

    /** ONAP's demo composition: seven elements of three types, three participant nodes. */
    public static String demo() {
        return text("tosca/demo-composition.yaml");
    }

    /** The simulator composition: two elements of one type. */
    public static String sim() {
        return text("tosca/sim-composition.yaml");
    }

    public static ServiceTemplate parse(String yaml) {
        return new ServiceTemplateParser(LIMITS).parse(yaml, DocumentSyntax.YAML);
    }

    /** {@code text} with {@code from} replaced; fails if {@code from} is not there, so an edit cannot silently miss. */
    public static String replaced(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError("fixture does not contain: " + from);
        }
        return text.replace(from, to);
    }

    static String text(String resource) {
        try (InputStream in = TemplateFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
