package dev.acmr.participant.adapter.outbound;

import dev.acmr.participant.adapter.session.ActiveSession;
import dev.acmr.participant.adapter.session.ParticipantSession;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Creates the managed connections behind the participant's connection factory. It has no configuration of its own:
 * everything a connection needs is the adapter's participant session, reached through the associated adapter.
 */
public class ParticipantManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new ParticipantConnectionFactoryImpl(this, connectionManager);
    }

    @Override
    public Object createConnectionFactory() {
        return new ParticipantConnectionFactoryImpl(this, new UnmanagedConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new ParticipantManagedConnection(this);
    }

    /** Every managed connection of this factory is as good as any other: there is no per-connection state. */
    @Override
    public ManagedConnection matchManagedConnections(@SuppressWarnings("rawtypes") Set connections, Subject subject,
            ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof ParticipantManagedConnection connection && connection.factory() == this) {
                return connection;
            }
        }
        return null;
    }

    /** The participant session of the associated adapter, empty before the participant's endpoint activates. */
    Optional<ParticipantSession> session() {
        return resourceAdapter instanceof ActiveSession adapter ? adapter.currentSession() : Optional.empty();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** No configuration properties, so all instances are equivalent, as the Connectors contract asks. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
