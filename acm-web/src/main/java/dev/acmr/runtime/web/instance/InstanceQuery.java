package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.application.InstanceSearch;
import dev.acmr.runtime.instance.domain.DeployState;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the query parameters of {@code GET /instances} into an {@link InstanceSearch}: comma lists (blank items
 * skipped), {@code sort} (default lastMsg) and {@code sortOrder} (ASC or DESC, default DESC). A value that names
 * nothing is a 400 rather than a filter that silently matches nothing.
 */
final class InstanceQuery {

    private InstanceQuery() {
    }

    static InstanceSearch search(String participantIds, String instanceIds, String deployStates,
            String stateChangeResults, String sort, String sortOrder) {
        return new InstanceSearch(
                list(participantIds, "participantId", InstanceQuery::uuid),
                list(instanceIds, "instanceIds", InstanceQuery::uuid),
                list(deployStates, "deployState", value -> DeployState.valueOf(value)),
                list(stateChangeResults, "stateChangeResult", value -> StateChangeResult.valueOf(value)),
                sort(sort), descending(sortOrder));
    }

    private static <T> List<T> list(String text, String parameter, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).map(item -> {
            try {
                return parse.apply(item);
            } catch (IllegalArgumentException e) {
                throw new InstanceRejectedException("Invalid " + parameter + ": " + item);
            }
        }).toList();
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    private static InstanceSearch.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return InstanceSearch.Sort.LAST_MSG;
        }
        return InstanceSearch.Sort.ofParameter(sort.strip())
                .orElseThrow(() -> new InstanceRejectedException("Invalid sort " + sort + "; expected one of "
                        + Arrays.stream(InstanceSearch.Sort.values()).map(InstanceSearch.Sort::parameter).toList()));
    }

    private static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank()) {
            return true;
        }
        return switch (sortOrder.strip().toUpperCase(Locale.ROOT)) {
            case "DESC" -> true;
            case "ASC" -> false;
            default -> throw new InstanceRejectedException("Invalid sortOrder " + sortOrder + "; expected ASC or DESC");
        };
    }
}
