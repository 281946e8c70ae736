package dev.acmr.participant.adapter.outbound;

import dev.acmr.participant.adapter.session.ParticipantSession;
import dev.acmr.participant.adapter.session.SessionIntermediary;
import dev.acmr.participant.api.ParticipantConnectionStatus;
import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import java.util.Optional;

/**
 * The handle the participant calls: ONAP's intermediary API ({@link SessionIntermediary}) over the session of the
 * managed connection it belongs to, plus the connector's status and close.
 */
public class ParticipantConnectionImpl extends SessionIntermediary implements ParticipantIntermediaryConnection {

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

    @Override
    protected Optional<ParticipantSession> session() {
        return live().session();
    }


    private ParticipantManagedConnection live() {
        ParticipantManagedConnection current = owner;
        if (current == null) {
            throw new IllegalStateException("participant intermediary connection is closed");
        }
        return current;
    }
}
