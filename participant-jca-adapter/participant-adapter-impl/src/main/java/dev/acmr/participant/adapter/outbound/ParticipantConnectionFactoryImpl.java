package dev.acmr.participant.adapter.outbound;

import dev.acmr.participant.api.ParticipantIntermediaryConnection;
import dev.acmr.participant.api.ParticipantIntermediaryConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** What the application looks up: hands out connection handles through the container's connection manager. */
public class ParticipantConnectionFactoryImpl implements ParticipantIntermediaryConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final ParticipantManagedConnectionFactory managedFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    ParticipantConnectionFactoryImpl(ParticipantManagedConnectionFactory managedFactory,
            ConnectionManager connectionManager) {
        this.managedFactory = managedFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public ParticipantIntermediaryConnection getConnection() throws ResourceException {
        return (ParticipantIntermediaryConnection) connectionManager.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
