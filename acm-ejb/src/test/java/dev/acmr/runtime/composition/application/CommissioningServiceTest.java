package dev.acmr.runtime.composition.application;

import static dev.acmr.runtime.composition.tosca.TemplateFixtures.replaced;
import static dev.acmr.runtime.composition.tosca.TemplateFixtures.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.acmr.runtime.composition.domain.CompositionDefinition;
import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.TemplateFixtures;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.participant.domain.ParticipantId;
import dev.acmr.runtime.shared.Paging;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommissioningServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");
    private static final String STARTER = "onap.policy.clamp.ac.element.Sim_StarterAutomationCompositionElement";
    private static final String BRIDGE = "onap.policy.clamp.ac.element.Sim_BridgeAutomationCompositionElement";
    private static final String COMPOSITION = "onap.policy.clamp.ac.element.AutomationCompositionDefinition";

    private final InMemoryRepository repository = new InMemoryRepository();
    private boolean instances;
    private final CommissioningService service = new CommissioningService(repository, new CompositionUsage() {
        @Override
        public boolean hasInstances(CompositionId compositionId) {
            return instances;
        }

        @Override
        public boolean isMigrationTarget(CompositionId compositionId) {
            return false;
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsACommissionedDefinitionWithItsIdInTheStoredTemplate() {
        CommissioningResult result = service.commission(TemplateFixtures.parse(sim()));

        assertTrue(result.created());
        assertEquals(List.of(new ToscaIdentifier(STARTER, "1.2.3"), new ToscaIdentifier(BRIDGE, "1.2.3"),
                new ToscaIdentifier(COMPOSITION, "1.2.3")), result.affectedDefinitions(),
                "every node template, in the template's order, as ONAP answers");
        CompositionDefinition stored = repository.stored.get(result.compositionId());
        assertTrue(stored.isCommissioned());
        assertEquals(NOW, stored.lastMsg());
        assertEquals(result.compositionId().toString(), metadataOf(stored).get("compositionId"));
        assertEquals(20000L, metadataOf(stored).get("primeTimeoutMs"));
        assertEquals("org.onap.policy.clamp.acm.SimAutomationCompositionElement", stored.elements().get(0).typeName());
        assertEquals("1.0.0", stored.elements().get(0).typeVersion());
    }

    @Test
    void aTemplateNamingAnExistingDefinitionUpdatesIt() {
        CompositionId id = service.commission(TemplateFixtures.parse(sim())).compositionId();

        CommissioningResult result = service.commission(TemplateFixtures.parse(
                replaced(withId(sim(), id.toString()), "version: 1.0.0\nmetadata:", "version: 1.0.1\nmetadata:")));

        assertEquals(CommissioningResult.Outcome.UPDATED, result.outcome());
        assertEquals(id, result.compositionId());
        assertEquals(1, repository.stored.size());
        assertEquals(new ToscaIdentifier("SimComposition", "1.0.1"), repository.stored.get(id).template());
    }

    @Test
    void anUpdateOfAnUnknownOrMalformedIdIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        CompositionNotFoundException e = assertThrows(CompositionNotFoundException.class,
                () -> service.commission(TemplateFixtures.parse(withId(sim(), unknown))));
        assertEquals("Automation composition definition not found: " + unknown, e.getMessage());
        assertThrows(CompositionNotFoundException.class,
                () -> service.commission(TemplateFixtures.parse(withId(sim(), "not-a-uuid"))));
    }

    @Test
    void anUpdateIsRefusedUnlessCommissionedAndUnused() {
        CompositionId id = service.commission(TemplateFixtures.parse(sim())).compositionId();
        repository.stored.get(id).startOrder(PrimeOrder.PRIME, NOW, NOW.plusSeconds(20));

        CompositionRejectedException primed = assertThrows(CompositionRejectedException.class,
                () -> service.commission(TemplateFixtures.parse(withId(sim(), id.toString()))));
        assertTrue(primed.getMessage().contains("is PRIMING; it can be updated only when COMMISSIONED"), primed.getMessage());

        CompositionId other = service.commission(TemplateFixtures.parse(sim())).compositionId();
        instances = true;
        assertThrows(CompositionRejectedException.class,
                () -> service.commission(TemplateFixtures.parse(withId(sim(), other.toString()))));
    }

    @Test
    void deletesACommissionedDefinitionAndNamesItsElements() {
        CompositionId id = service.commission(TemplateFixtures.parse(sim())).compositionId();

        CommissioningResult result = service.delete(id);

        assertEquals(CommissioningResult.Outcome.DELETED, result.outcome());
        assertEquals(3, result.affectedDefinitions().size(), "every node template of the deleted template");
        assertTrue(repository.stored.isEmpty());
    }

    @Test
    void aDeleteIsRefusedWhenNotCommissionedAndNotFoundWhenUnknown() {
        CompositionId id = service.commission(TemplateFixtures.parse(sim())).compositionId();
        repository.stored.get(id).startOrder(PrimeOrder.PRIME, NOW, NOW.plusSeconds(20));

        CompositionRejectedException e = assertThrows(CompositionRejectedException.class, () -> service.delete(id));
        assertEquals("Automation composition definition " + id + " is PRIMING; it can be deleted only when COMMISSIONED",
                e.getMessage());
        assertEquals(1, repository.stored.size());
        assertThrows(CompositionNotFoundException.class, () -> service.delete(CompositionId.random()));
    }

    @Test
    void listsWithOrWithoutPaging() {
        service.commission(TemplateFixtures.parse(sim()));

        assertEquals(1, service.list(null, null, Optional.empty(), Optional.empty()).size());
        assertEquals(0, service.list(null, null, Optional.empty(), Optional.of(new Paging(1, 1))).size());
    }

    private static String withId(String yaml, String id) {
        return replaced(yaml, "version: 1.0.0\nmetadata:\n", "version: 1.0.0\nmetadata:\n  compositionId: " + id + "\n");
    }

    private static Map<?, ?> metadataOf(CompositionDefinition definition) {
        return (Map<?, ?>) definition.serviceTemplate().get("metadata");
    }

    /** Keeps definitions in a map; the row lock of findForUpdate has no meaning here. */
    private static final class InMemoryRepository extends CompositionRepository {

        final Map<CompositionId, CompositionDefinition> stored = new LinkedHashMap<>();

        @Override
        public Optional<CompositionDefinition> find(CompositionId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Optional<CompositionDefinition> findForUpdate(CompositionId id) {
            return find(id);
        }

        @Override
        public List<CompositionDefinition> list(String name, String version, Optional<ParticipantId> participant,
                Optional<Paging> paging) {
            List<CompositionDefinition> all = new ArrayList<>(stored.values());
            return paging.map(page -> all.stream().skip(page.offset()).limit(page.size()).toList()).orElse(all);
        }

        @Override
        public void add(CompositionDefinition definition) {
            stored.put(definition.id(), definition);
        }

        @Override
        public void remove(CompositionDefinition definition) {
            stored.remove(definition.id());
        }
    }
}
