package dev.acmr.runtime.composition.tosca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every composition definition of ONAP's system tests, read byte for byte from the shared CSIT folder, commissions
 * unchanged: an ONAP user's templates must not need editing to run here.
 */
class CsitDefinitionsTest {

    private static final Path CSIT = Path.of(System.getProperty("acm.csit.dir",
            "../../shared/reference/onap-csit-data"));

    static List<Path> definitions() throws IOException {
        try (Stream<Path> files = Files.list(CSIT)) {
            return files.filter(file -> file.getFileName().toString().matches("ac-definition-.*\\.yaml"))
                    .sorted().toList();
        }
    }

    @Test
    void theFolderHoldsOnapsDefinitions() throws IOException {
        assertTrue(definitions().size() >= 5, "CSIT definitions found in " + CSIT.toAbsolutePath());
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void commissionsUnchanged(Path definition) throws IOException {
        ServiceTemplate template = new ServiceTemplateParser(TemplateFixtures.LIMITS)
                .parse(Files.readString(definition, StandardCharsets.UTF_8), DocumentSyntax.YAML);

        assertFalse(template.elements().isEmpty(), definition.toString());
    }

    @Test
    void aTemplateWithoutVersionGetsOnapsDefaultVersion() throws IOException {
        ServiceTemplate simple = new ServiceTemplateParser(TemplateFixtures.LIMITS).parse(
                Files.readString(CSIT.resolve("ac-definition-simple.yaml"), StandardCharsets.UTF_8), DocumentSyntax.YAML);

        assertEquals(new ToscaIdentifier("Simple", "1.0.0"), simple.identifier());
        assertEquals("1.0.0", simple.document().get("version"), "the stored template shows the version, as ONAP's");
    }
}
