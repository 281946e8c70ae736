package dev.acmr.simulator.web;

import dev.acmr.participant.models.concepts.DeployState;
import dev.acmr.participant.models.concepts.StateChangeResult;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The query of ONAP's {@code GET /instances}: comma-separated {@code instanceIds}, {@code deployState} and
 * {@code stateChangeResult}, each empty or absent meaning no filter, as ONAP's simulator hands them to the
 * intermediary's {@code findAutomationCompositions}. A value that is no id or state is a 400 naming it.
 */
record InstanceFilter(List<UUID> instanceIds, List<DeployState> deployStates,
        List<StateChangeResult> stateChangeResults) {

    static InstanceFilter parse(String instanceIds, String deployStates, String stateChangeResults) {
        return new InstanceFilter(list(instanceIds, "instanceIds", UUID::fromString),
                list(deployStates, "deployState", DeployState::valueOf),
                list(stateChangeResults, "stateChangeResult", StateChangeResult::valueOf));
    }

    private static <T> List<T> list(String commaSeparated, String parameter, Function<String, T> parser) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> {
                    try {
                        return parser.apply(item);
                    } catch (IllegalArgumentException e) {
                        throw RejectedRequestException.badRequest("query parameter '" + parameter + "' has '" + item
                                + "', which is not valid there");
                    }
                }).toList();
    }
}
