package dev.acmr.runtime.web.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.web.composition.CommissioningResponse;
import dev.acmr.runtime.web.common.ToscaConceptIdentifier;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class YamlBodyWriterTest {

    @Test
    void writesTheJsonAnswerAsYaml() throws Exception {
        YamlBodyWriter writer = new YamlBodyWriter();
        writer.open();
        try {
            String yaml = writer.toYaml(new CommissioningResponse(UUID.fromString("6c6e5b3a-0000-4000-8000-00000000000a"),
                    List.of(new ToscaConceptIdentifier("onap.policy.clamp.ac.element.Sim", "1.2.3"))));

            assertEquals("compositionId: 6c6e5b3a-0000-4000-8000-00000000000a\n"
                    + "affectedAutomationCompositionDefinitions:\n"
                    + "- name: onap.policy.clamp.ac.element.Sim\n"
                    + "  version: 1.2.3\n", yaml);
        } finally {
            writer.close();
        }
    }

    @Test
    void writesOnlyTheYamlMediaTypes() {
        assertTrue(YamlBodyWriter.isYaml(new MediaType("application", "yaml")));
        assertTrue(YamlBodyWriter.isYaml(new MediaType("text", "yaml", "UTF-8")));
        assertTrue(YamlBodyWriter.isYaml(new MediaType("application", "x-yaml")));
        assertFalse(YamlBodyWriter.isYaml(MediaType.APPLICATION_JSON_TYPE));
    }
}
