package dev.acmr.messages;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stages of a staged operation, read from an element definition's properties as ONAP defines them, for the
 * runtime (which stage to send next) and the participants (which stage an element runs next) alike.
 *
 * <p>The {@code stage} property is either a map with a {@code migrate} and a {@code prepare} list, or a plain list,
 * which then holds the migrate stages (prepare is the single stage 0). No stages mean the single stage 0. Stage
 * numbers arrive as whatever the definition's parser made of them (Integer, Long, BigDecimal or a String).
 *
 * <p>The next stage is the nearest one after the last (before it, for a rollback, which runs the migrate stages
 * backwards), or the last stage itself when none is left: that is how a participant says it is done.
 */
public final class ElementStages {

    private static final String STAGE = "stage";
    private static final String MIGRATE = "migrate";
    private static final String PREPARE = "prepare";
    private static final SortedSet<Integer> ONLY_STAGE_ZERO = Collections.unmodifiableSortedSet(
            new TreeSet<>(List.of(0)));

    private ElementStages() {
    }

    /** The migrate stages (a rollback runs them too, highest first); {0} if the definition has none. */
    public static SortedSet<Integer> migrateStages(Map<String, Object> definitionProperties) {
        Object stage = stageProperty(definitionProperties);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(MIGRATE) : stage);
    }

    /** The prepare stages; {0} if the definition has none or only a plain list (which is for migrate). */
    public static SortedSet<Integer> prepareStages(Map<String, Object> definitionProperties) {
        Object stage = stageProperty(definitionProperties);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(PREPARE) : null);
    }

    public static int nextMigrateStage(Map<String, Object> targetDefinitionProperties, int lastStage) {
        return after(migrateStages(targetDefinitionProperties), lastStage);
    }

    public static int nextRollbackStage(Map<String, Object> rollbackDefinitionProperties, int lastStage) {
        SortedSet<Integer> lower = migrateStages(rollbackDefinitionProperties).headSet(lastStage);
        return lower.isEmpty() ? lastStage : lower.last();
    }

    public static int nextPrepareStage(Map<String, Object> definitionProperties, int lastStage) {
        return after(prepareStages(definitionProperties), lastStage);
    }

    private static int after(SortedSet<Integer> stages, int lastStage) {
        return stages.stream().filter(stage -> stage > lastStage).findFirst().orElse(lastStage);
    }

    private static Object stageProperty(Map<String, Object> definitionProperties) {
        return definitionProperties == null ? null : definitionProperties.get(STAGE);
    }

    private static SortedSet<Integer> stages(Object listed) {
        if (!(listed instanceof List<?> list) || list.isEmpty()) {
            return ONLY_STAGE_ZERO;
        }
        TreeSet<Integer> stages = new TreeSet<>();
        list.forEach(item -> number(item).ifPresent(stages::add));
        return stages.isEmpty() ? ONLY_STAGE_ZERO : Collections.unmodifiableSortedSet(stages);
    }

    /** A stage number; an item that is none (a definition's typo) counts as no stage rather than failing a call. */
    private static Optional<Integer> number(Object item) {
        try {
            if (item instanceof Number number) {
                return Optional.of(new BigDecimal(number.toString()).intValueExact());
            }
            return item == null ? Optional.empty() : Optional.of(new BigDecimal(item.toString().strip())
                    .intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
