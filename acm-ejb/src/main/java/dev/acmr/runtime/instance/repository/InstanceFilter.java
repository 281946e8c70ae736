package dev.acmr.runtime.instance.repository;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.DeployState;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The filters of a search across compositions: each list matches any of its values, an empty list everything.
 * Sorted by {@code sort}. Built by the application layer from its {@code InstanceSearch}.
 */
public record InstanceFilter(List<UUID> participantIds, List<UUID> instanceIds, List<DeployState> deployStates,
        List<StateChangeResult> stateChangeResults, Sort sort, boolean descending) {

    /** The fields a listing may be sorted by, with the attribute (path) of the instance entity each one sorts on. */
    public enum Sort {
        LAST_MSG("bookkeeping.lastMsg"),
        NAME("name"),
        VERSION("version"),
        DEPLOY_STATE("progress.deployState"),
        LOCK_STATE("progress.lockState"),
        STATE_CHANGE_RESULT("progress.stateChangeResult"),
        INSTANCE_ID("instanceId"),
        COMPOSITION_ID("compositionId");

        private final String field;

        Sort(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    public InstanceFilter {
        participantIds = List.copyOf(participantIds);
        instanceIds = List.copyOf(instanceIds);
        deployStates = List.copyOf(deployStates);
        stateChangeResults = List.copyOf(stateChangeResults);
        Objects.requireNonNull(sort, "sort");
    }
}
