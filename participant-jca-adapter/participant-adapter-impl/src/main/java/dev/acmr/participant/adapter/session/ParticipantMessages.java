package dev.acmr.participant.adapter.session;

import dev.acmr.messages.ElementOutProperties;
import dev.acmr.messages.InstanceElementAck;
import dev.acmr.messages.InstanceElementAcks;
import dev.acmr.messages.InstanceElementInfo;
import dev.acmr.messages.ParticipantDefinitionInfo;
import dev.acmr.messages.ParticipantDeregister;
import dev.acmr.messages.ParticipantPrimeAck;
import dev.acmr.messages.ParticipantRegister;
import dev.acmr.messages.ParticipantStatus;
import dev.acmr.messages.ParticipantSyncRequest;
import dev.acmr.participant.adapter.config.ParticipantSettings;
import dev.acmr.participant.adapter.mapping.WireStates;
import dev.acmr.participant.models.base.PropertyMaps;
import dev.acmr.participant.models.concepts.AcTypeState;
import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.LockState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import dev.acmr.participant.models.tosca.ToscaConceptIdentifier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Builds the messages this replica sends, each with a fresh id and timestamp; states given in the participant API's
 * terms go on the wire through {@link WireStates}.
 */
final class ParticipantMessages {

    private final ParticipantSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;
    // This run of the replica process: the runtime tells a restart (same replica id, new incarnation) from a reconnect.
    private final UUID incarnation;
    // Numbers this replica's instance reports (acks and infos) in the order they are built, so that the runtime never
    // lets an older one replace a newer one. Seeded from the clock (microseconds' worth of room per millisecond), so a
    // restarted replica, whose counter starts afresh, still counts above what it sent before.
    private final AtomicLong reportSequence;

    ParticipantMessages(ParticipantSettings settings, Clock clock, Supplier<UUID> ids) {
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.incarnation = ids.get();
        this.reportSequence = new AtomicLong(Math.max(0, clock.millis()) * 1000);
    }

    ParticipantRegister register() {
        return new ParticipantRegister(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                settings.supportedElementTypes(), incarnation);
    }

    ParticipantStatus status(UUID syncedId, int heldCount, long heldRevision) {
        return new ParticipantStatus(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                settings.supportedElementTypes(), incarnation, syncedId, heldCount, heldRevision);
    }

    ParticipantSyncRequest syncRequest(String reason) {
        return new ParticipantSyncRequest(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                reason);
    }

    ParticipantDeregister deregister() {
        return new ParticipantDeregister(ids.get(), clock.instant(), settings.participantId(),
                settings.replicaId());
    }

    /** @param outProperties out-properties per element definition reported with the outcome; null for none */
    ParticipantPrimeAck primeAck(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message, AnsweredOrder order, Map<ToscaConceptIdentifier, Map<String, Object>> outProperties) {
        List<ElementOutProperties> elements = outProperties == null ? List.of() : outProperties.entrySet().stream()
                .filter(entry -> entry.getKey() != null)
                .map(entry -> new ElementOutProperties(entry.getKey().getName(), entry.getKey().getVersion(),
                        PropertyMaps.copy(entry.getValue())))
                .toList();
        return new ParticipantPrimeAck(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                compositionId, WireStates.toWire(state), WireStates.toWire(result), message, order.revision(), elements,
                order.dispatchId());
    }

    ParticipantDefinitionInfo definitionInfo(UUID compositionId, ToscaConceptIdentifier element,
            Map<String, Object> outProperties) {
        return new ParticipantDefinitionInfo(ids.get(), clock.instant(), settings.participantId(),
                settings.replicaId(), compositionId, element.getName(), element.getVersion(),
                PropertyMaps.copy(outProperties));
    }

    InstanceElementAck elementAck(UUID instanceId, UUID elementId, DeployState deployState, LockState lockState,
            StateChangeResult result, String message, String useState,
            String operationalState, Map<String, Object> outProperties, long orderRevision) {
        return elementAck(instanceId, elementId, deployState, lockState, result, message, useState, operationalState,
                outProperties, orderRevision, null, null);
    }

    /**
     * @param stage the next stage, for the report of a finished stage; null for a final state
     * @param dispatchId the dispatch of the order answered, null if unknown
     */
    InstanceElementAck elementAck(UUID instanceId, UUID elementId, DeployState deployState, LockState lockState,
            StateChangeResult result, String message, String useState, String operationalState,
            Map<String, Object> outProperties, long orderRevision, Integer stage, UUID dispatchId) {
        return new InstanceElementAck(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                instanceId, elementId, WireStates.toWire(deployState), WireStates.toWire(lockState),
                WireStates.toWire(result), message, useState, operationalState,
                outProperties == null ? null : PropertyMaps.copy(outProperties), orderRevision, stage, dispatchId,
                reportSequence.incrementAndGet());
    }

    /** The acks of one dispatch of an instance order, in the order they were reported; never empty. */
    InstanceElementAcks elementAcks(List<InstanceElementAck> acks) {
        return new InstanceElementAcks(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                acks.get(0).instanceId(), acks);
    }

    InstanceElementInfo elementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        return new InstanceElementInfo(ids.get(), clock.instant(), settings.participantId(), settings.replicaId(),
                instanceId, elementId, useState, operationalState, PropertyMaps.copy(outProperties),
                reportSequence.incrementAndGet());
    }
}
