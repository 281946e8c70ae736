package dev.acmr.runtime.composition.tosca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeTemplateIdentifiersTest {

    @Test
    void listsEveryNodeTemplateInTheTemplatesOrder() {
        ServiceTemplate demo = TemplateFixtures.parse(TemplateFixtures.demo());

        List<ToscaIdentifier> identifiers = NodeTemplateIdentifiers.of(demo.document());

        assertEquals(List.copyOf(demo.nodeTemplates().keySet()), identifiers.stream().map(ToscaIdentifier::name).toList());
        assertEquals(demo.nodeTemplates().size(), identifiers.size(), "participants and composition nodes too");
    }

    @Test
    void aNodeTemplateWithoutVersionHasOnapsNullVersion() {
        Map<String, Object> document = Map.of("topology_template", Map.of("node_templates",
                Map.of("a", Map.of("type", "t"))));

        assertEquals(List.of(new ToscaIdentifier("a", "0.0.0")), NodeTemplateIdentifiers.of(document));
        assertEquals(List.of(), NodeTemplateIdentifiers.of(Map.of()));
    }
}
