package dev.acmr.runtime.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void yamlByDefaultAndForEveryYamlName() {
        assertEquals(Optional.of(DocumentFormat.YAML), DocumentFormat.requested(null, null));
        assertEquals(Optional.of(DocumentFormat.YAML), DocumentFormat.requested(null, "*/*"));
        for (String yaml : new String[] {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"}) {
            assertEquals(Optional.of(DocumentFormat.YAML), DocumentFormat.requested(null, yaml), yaml);
        }
        assertEquals("application/yaml", DocumentFormat.YAML.contentType());
    }

    @Test
    void jsonOnAcceptOrFormat() {
        assertEquals(Optional.of(DocumentFormat.JSON), DocumentFormat.requested(null, "application/json"));
        assertEquals(Optional.of(DocumentFormat.JSON),
                DocumentFormat.requested(null, "application/json;q=0.9, application/yaml;q=0.5"));
        assertEquals(Optional.of(DocumentFormat.JSON), DocumentFormat.requested("JSON", "application/yaml"));
        assertEquals(Optional.of(DocumentFormat.YAML), DocumentFormat.requested("yaml", "application/json"));
    }

    @Test
    void anythingElseIsNotAcceptable() {
        assertEquals(Optional.empty(), DocumentFormat.requested(null, "text/html"));
        assertEquals(Optional.empty(), DocumentFormat.requested("xml", null));
    }
}
