package dev.acmr.runtime.instance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.acmr.runtime.composition.domain.CompositionId;
import dev.acmr.runtime.composition.repository.CompositionRepository;
import dev.acmr.runtime.composition.tosca.ToscaIdentifier;
import dev.acmr.runtime.instance.domain.AutomationCompositionInstance;
import dev.acmr.runtime.instance.domain.NewInstanceElement;
import dev.acmr.runtime.instance.repository.InstanceRepository;
import dev.acmr.runtime.participant.domain.ParticipantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ONAP's GET of one instance: under its composition, or under the composition it is being migrated to. */
class InstanceReadTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final CompositionId SOURCE = CompositionId.random();
    private static final CompositionId TARGET = CompositionId.random();
    private static final UUID ELEMENT = UUID.randomUUID();

    private final AutomationCompositionInstance instance = new AutomationCompositionInstance(UUID.randomUUID(),
            SOURCE, new ToscaIdentifier("M", "1.0.0"), null, List.of(new NewInstanceElement(ELEMENT,
                    new ToscaIdentifier("Starter", "1.2.3"), new ParticipantId(UUID.randomUUID()), 0, null,
                    Map.of())), NOW);
    private final InstantiationService service = new InstantiationService(new CompositionRepository(),
            new InstanceRepository() {
                @Override
                public Optional<AutomationCompositionInstance> find(UUID instanceId) {
                    return Optional.of(instance).filter(known -> known.id().equals(instanceId));
                }
            });

    @Test
    void findsTheInstanceUnderItsComposition() {
        assertEquals(instance, service.get(SOURCE, instance.id()));
        assertThrows(InstanceRejectedException.class, () -> service.get(TARGET, instance.id()));
        assertThrows(InstanceNotFoundException.class, () -> service.get(SOURCE, UUID.randomUUID()));
    }

    @Test
    void findsAMigratingInstanceUnderTheTargetToo() {
        instance.migration().migrate(TARGET, List.of(new NewInstanceElement(ELEMENT,
                new ToscaIdentifier("Starter", "1.2.4"), new ParticipantId(UUID.randomUUID()), 0, null, Map.of())),
                List.of(), Set.of(), NOW);
        assertEquals(instance, service.get(SOURCE, instance.id()));
        assertEquals(instance, service.get(TARGET, instance.id()));
        assertThrows(InstanceRejectedException.class, () -> service.get(CompositionId.random(), instance.id()));
    }
}
