package dev.acmr.participant.adapter.outbound;

import dev.acmr.participant.adapter.participant.CompositionReporter;
import dev.acmr.participant.adapter.participant.InstanceReporter;
import dev.acmr.participant.adapter.participant.ParticipantSession;
import dev.acmr.participant.adapter.participant.ParticipantView;
import dev.acmr.participant.api.AcTypeState;
import dev.acmr.participant.api.AutomationCompositionDto;
import dev.acmr.participant.api.CompositionDto;
import dev.acmr.participant.api.ElementStateDto;
import dev.acmr.participant.api.InstanceElementDto;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.StateChangeResult;
import dev.acmr.participant.api.ToscaConceptIdentifier;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The handle the participant calls. Reads come from the session's view; composition reports go to the session's
 * {@link CompositionReporter}, instance reports to its {@link InstanceReporter}. Stage reports have no protocol
 * message until migration exists and say so instead of pretending to have reported.
 */
public class ParticipantConnectionImpl implements ParticipantIntermediaryConnection {

    /** Served while no participant endpoint is active: nothing is known, and nothing is invented. */
    private static final ParticipantView NO_VIEW = new ParticipantView();

    private volatile ParticipantManagedConnection owner;

    ParticipantConnectionImpl(ParticipantManagedConnection owner) {
        this.owner = owner;
    }

    @Override
    public ParticipantConnectionStatus status() {
        return session().map(ParticipantSession::status)
                .orElseGet(() -> new ParticipantConnectionStatus(null, null, false, false));
    }

    @Override
    public void updateAutomationCompositionElementState(ElementStateDto state) {
        session().map(ParticipantSession::instanceReports).orElseThrow(ParticipantConnectionImpl::noParticipant)
                .updateAutomationCompositionElementState(state);
    }

    @Override
    public void updateAutomationCompositionElementStage(UUID instanceId, UUID elementId, StateChangeResult result,
            int nextStage, String message) {
        throw notYet("updateAutomationCompositionElementStage");
    }

    @Override
    public void updateCompositionState(UUID compositionId, AcTypeState state, StateChangeResult result,
            String message) {
        reports().updateCompositionState(compositionId, state, result, message);
    }

    @Override
    public void sendAcElementInfo(UUID instanceId, UUID elementId, String useState, String operationalState,
            Map<String, Object> outProperties) {
        session().map(ParticipantSession::instanceReports).orElseThrow(ParticipantConnectionImpl::noParticipant)
                .sendAcElementInfo(instanceId, elementId, useState, operationalState, outProperties);
    }

    @Override
    public void sendAcDefinitionInfo(UUID compositionId, ToscaConceptIdentifier elementDefinitionId,
            Map<String, Object> outProperties) {
        reports().sendAcDefinitionInfo(compositionId, elementDefinitionId, outProperties);
    }

    @Override
    public Map<UUID, AutomationCompositionDto> getAutomationCompositions() {
        return view().automationCompositions();
    }

    @Override
    public Optional<AutomationCompositionDto> getAutomationComposition(UUID instanceId) {
        return view().automationComposition(instanceId);
    }

    @Override
    public Optional<InstanceElementDto> getInstanceElementDto(UUID instanceId, UUID elementId) {
        return view().instanceElement(instanceId, elementId);
    }

    @Override
    public Map<UUID, CompositionDto> findCompositions() {
        return view().compositions();
    }

    @Override
    public Optional<CompositionDto> getComposition(UUID compositionId) {
        return view().composition(compositionId);
    }

    @Override
    public void close() {
        ParticipantManagedConnection current = owner;
        if (current != null) {
            owner = null;
            current.handleClosed(this);
        }
    }

    /** The container moved this handle to another managed connection (connection sharing). */
    void moveTo(ParticipantManagedConnection newOwner) {
        ParticipantManagedConnection previous = owner;
        if (previous != null && previous != newOwner) {
            previous.forget(this);
        }
        owner = newOwner;
    }

    /** The managed connection was cleaned up; this handle may not be used again. */
    void invalidate() {
        owner = null;
    }

    private Optional<ParticipantSession> session() {
        return live().session();
    }

    /** Reporting needs a participant: before its endpoint is active there is nobody to report for. */
    private CompositionReporter reports() {
        return session().map(ParticipantSession::compositionReports)
                .orElseThrow(ParticipantConnectionImpl::noParticipant);
    }

    private static IllegalStateException noParticipant() {
        return new IllegalStateException(
                "no participant endpoint is active on acm-participant-adapter; nothing can be reported yet");
    }

    private ParticipantView view() {
        return session().map(ParticipantSession::view).orElse(NO_VIEW);
    }

    private ParticipantManagedConnection live() {
        ParticipantManagedConnection current = owner;
        if (current == null) {
            throw new IllegalStateException("participant intermediary connection is closed");
        }
        return current;
    }

    private static UnsupportedOperationException notYet(String method) {
        return new UnsupportedOperationException(method + " arrives with migration");
    }
}
