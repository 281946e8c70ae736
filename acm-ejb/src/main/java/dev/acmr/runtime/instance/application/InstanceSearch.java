package dev.acmr.runtime.instance.application;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.repository.InstanceFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A search for instances across compositions ({@code GET /instances}): each list matches any of its values, an empty
 * list everything; sorted by {@code sort}, newest first by default (ONAP's lastMsg, descending).
 */
public record InstanceSearch(List<UUID> participantIds, List<UUID> instanceIds, List<DeployState> deployStates,
        List<StateChangeResult> stateChangeResults, Sort sort, boolean descending) {

    /** What a listing may be sorted by, each under the name the API's {@code sort} parameter gives it. */
    public enum Sort {
        LAST_MSG("lastMsg"),
        NAME("name"),
        VERSION("version"),
        DEPLOY_STATE("deployState"),
        LOCK_STATE("lockState"),
        STATE_CHANGE_RESULT("stateChangeResult"),
        INSTANCE_ID("instanceId"),
        COMPOSITION_ID("compositionId");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Optional<Sort> ofParameter(String parameter) {
            return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
        }
    }

    public InstanceSearch {
        participantIds = List.copyOf(participantIds);
        instanceIds = List.copyOf(instanceIds);
        deployStates = List.copyOf(deployStates);
        stateChangeResults = List.copyOf(stateChangeResults);
        Objects.requireNonNull(sort, "sort");
    }

    InstanceFilter toFilter() {
        return new InstanceFilter(participantIds, instanceIds, deployStates, stateChangeResults, sortKey(),
                descending);
    }

    // Exhaustive on purpose: a sort the API offers that the repository does not know is a compile error.
    private InstanceFilter.Sort sortKey() {
        return switch (sort) {
            case LAST_MSG -> InstanceFilter.Sort.LAST_MSG;
            case NAME -> InstanceFilter.Sort.NAME;
            case VERSION -> InstanceFilter.Sort.VERSION;
            case DEPLOY_STATE -> InstanceFilter.Sort.DEPLOY_STATE;
            case LOCK_STATE -> InstanceFilter.Sort.LOCK_STATE;
            case STATE_CHANGE_RESULT -> InstanceFilter.Sort.STATE_CHANGE_RESULT;
            case INSTANCE_ID -> InstanceFilter.Sort.INSTANCE_ID;
            case COMPOSITION_ID -> InstanceFilter.Sort.COMPOSITION_ID;
        };
    }
}
