package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.participant.application.FullSyncRequested;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Gives a replica in full sync every instance its participant runs, before it is given any work. Observed after the
 * composition sync (a later priority), so that the replica knows the compositions its instances refer to.
 */
@Stateless
public class InstanceSyncService {

    @Inject
    private InstanceSyncs syncs;

    public void onFullSync(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) FullSyncRequested request) {
        request.sentInstances(syncs.syncAllTo(request.replica(), request.syncId()));
    }
}
