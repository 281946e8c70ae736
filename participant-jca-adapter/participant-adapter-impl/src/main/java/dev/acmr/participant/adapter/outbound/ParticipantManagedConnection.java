package dev.acmr.participant.adapter.outbound;

import dev.acmr.participant.adapter.session.ParticipantSession;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled "connection" that holds no physical resource (the broker connection belongs to the participant session);
 * it exists so that the container can hand out and take back {@link ParticipantConnectionImpl} handles.
 */
public class ParticipantManagedConnection implements ManagedConnection {

    private final ParticipantManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<ParticipantConnectionImpl> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    ParticipantManagedConnection(ParticipantManagedConnectionFactory factory) {
        this.factory = factory;
    }

    ParticipantManagedConnectionFactory factory() {
        return factory;
    }

    Optional<ParticipantSession> session() {
        return factory.session();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        ParticipantConnectionImpl handle = new ParticipantConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    /** Called by a handle's close(): tells the container the handle is done so it can pool this connection. */
    void handleClosed(ParticipantConnectionImpl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof ParticipantConnectionImpl handle)) {
            throw new ResourceException("not a participant connection handle: " + connection);
        }
        handle.moveTo(this);
        handles.add(handle);
    }

    void forget(ParticipantConnectionImpl handle) {
        handles.remove(handle);
    }

    @Override
    public void cleanup() {
        for (ParticipantConnectionImpl handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        listeners.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("acm-participant-adapter supports NoTransaction only");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("acm-participant-adapter supports NoTransaction only");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "ACM runtime (participant protocol over OpenMQ)";
            }

            @Override
            public String getEISProductVersion() {
                return "1";
            }

            @Override
            public int getMaxConnections() {
                return 0; // no limit: handles cost nothing
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
