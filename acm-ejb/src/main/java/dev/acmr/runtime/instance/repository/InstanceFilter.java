package dev.acmr.runtime.instance.repository;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.DeployState;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The filters of {@code GET /instances}: each list matches any of its values, an empty list everything. Sorted by
 * {@code sort} (ONAP's default lastMsg, newest first).
 */
public record InstanceFilter(List<UUID> participantIds, List<UUID> instanceIds, List<DeployState> deployStates,
        List<StateChangeResult> stateChangeResults, Sort sort, boolean descending) {

    /** The fields a listing may be sorted by, with the attribute (path) of the instance entity each one sorts on. */
    public enum Sort {
        LAST_MSG("lastMsg", "bookkeeping.lastMsg"),
        NAME("name", "name"),
        VERSION("version", "version"),
        DEPLOY_STATE("deployState", "progress.deployState"),
        LOCK_STATE("lockState", "progress.lockState"),
        STATE_CHANGE_RESULT("stateChangeResult", "progress.stateChangeResult"),
        INSTANCE_ID("instanceId", "instanceId"),
        COMPOSITION_ID("compositionId", "compositionId");

        private final String parameter;
        private final String field;

        Sort(String parameter, String field) {
            this.parameter = parameter;
            this.field = field;
        }

        public String parameter() {
            return parameter;
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
