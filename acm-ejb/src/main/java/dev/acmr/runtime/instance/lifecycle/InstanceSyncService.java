package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.participant.application.ReplicaJoined;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Gives a joining replica every instance its participant runs, before it is given any work. Observed after the
 * composition sync (a later priority), so that the replica knows the compositions its instances refer to.
 */
@Stateless
public class InstanceSyncService {

    private static final Logger LOG = Logger.getLogger(InstanceSyncService.class.getName());

    @Inject
    private InstanceDispatcher dispatcher;

    public void onReplicaJoined(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ReplicaJoined joined) {
        int sent = dispatcher.syncAllTo(joined.replica());
        if (sent > 0) {
            LOG.info(() -> "Sent " + sent + " instance(s) to joining " + joined.replica());
        }
    }
}
