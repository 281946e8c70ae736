package dev.acmr.participant.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.participant.models.concepts.AutomationComposition;
import dev.acmr.participant.models.concepts.AutomationCompositionElement;
import dev.acmr.participant.models.concepts.AutomationCompositionElementDefinition;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.concepts.SubState;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import dev.acmr.participant.models.tosca.ToscaNodeTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ONAP's defaults, and copy constructors that are deep, so a participant writing into a copy changes nothing else. */
class ModelCopiesTest {

    @Test
    void defaultsAreOnaps() {
        AutomationComposition instance = new AutomationComposition();
        assertEquals(DeployState.UNDEPLOYED, instance.getDeployState());
        assertEquals(LockState.NONE, instance.getLockState());
        assertEquals(SubState.NONE, instance.getSubState());
        assertEquals(StateChangeResult.NO_ERROR, instance.getStateChangeResult());
        AutomationCompositionElement element = new AutomationCompositionElement();
        assertEquals(DeployState.UNDEPLOYED, element.getDeployState());
        assertEquals(LockState.LOCKED, element.getLockState());
        assertTrue(element.getProperties().isEmpty());
    }

    @Test
    void anInstanceCopyIsDeep() {
        AutomationCompositionElement element = new AutomationCompositionElement();
        element.setDefinition(new ToscaConceptIdentifier("el", "1.0.0"));
        element.setOutProperties(new LinkedHashMap<>(Map.of("list", new ArrayList<>(List.of(1)))));
        AutomationComposition instance = new AutomationComposition();
        instance.setName("inst");
        instance.setElements(new LinkedHashMap<>(Map.of(element.getId(), element)));

        AutomationComposition copy = new AutomationComposition(instance);
        assertEquals(instance, copy);
        AutomationCompositionElement copied = copy.getElements().get(element.getId());
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) copied.getOutProperties().get("list");
        list.add(2);
        copied.getDefinition().setVersion("9");
        assertEquals(List.of(1), element.getOutProperties().get("list"));
        assertEquals("1.0.0", element.getDefinition().getVersion());
        assertFalse(instance.equals(copy));
    }

    @Test
    void aDefinitionCopyIsDeep() {
        ToscaNodeTemplate template = new ToscaNodeTemplate();
        template.setName("el");
        template.setType("org.onap.policy.clamp.acm.SimAutomationCompositionElement");
        template.setProperties(new LinkedHashMap<>(Map.of("p", 1)));
        AutomationCompositionElementDefinition definition = new AutomationCompositionElementDefinition();
        definition.setAcElementDefinitionId(new ToscaConceptIdentifier("el", "1.0.0"));
        definition.setAutomationCompositionElementToscaNodeTemplate(template);

        AutomationCompositionElementDefinition copy = new AutomationCompositionElementDefinition(definition);
        assertEquals(definition, copy);
        assertNotSame(template, copy.getAutomationCompositionElementToscaNodeTemplate());
        copy.getAutomationCompositionElementToscaNodeTemplate().getProperties().put("q", 2);
        assertEquals(Map.of("p", 1), template.getProperties());
    }

    @Test
    void identifiersAreValuesOrderedByNameThenVersion() {
        assertEquals(new ToscaConceptIdentifier("a", "1"), new ToscaConceptIdentifier("a", "1"));
        assertEquals("a:1", new ToscaConceptIdentifier("a", "1").toString());
        TreeSet<ToscaConceptIdentifier> sorted = new TreeSet<>(List.of(new ToscaConceptIdentifier("b", "1"),
                new ToscaConceptIdentifier("a", "2"), new ToscaConceptIdentifier("a", "1")));
        assertEquals(List.of(new ToscaConceptIdentifier("a", "1"), new ToscaConceptIdentifier("a", "2"),
                new ToscaConceptIdentifier("b", "1")), List.copyOf(sorted));
    }
}
