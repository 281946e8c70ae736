package dev.acmr.messages;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stages of a staged operation, read from an element definition's properties as ONAP defines them:
 * {@code stage: {migrate: [..], prepare: [..]}}, or a plain {@code stage: [..]} for the migrate stages only; no
 * stages means the single stage 0. Stage numbers may come as any number type or as text. The next stage is the
 * nearest one after the last (before it, for a rollback, which runs the migrate stages backwards), or the last stage
 * itself when none is left: the participant's sign that it is done. Runtime and participants share it, so both read
 * a definition's stages alike.
 */
public final class ElementStages {

    private static final String STAGE = "stage";
    private static final String MIGRATE = "migrate";
    private static final String PREPARE = "prepare";

    private ElementStages() {
    }

    /** The migrate stages, ascending; {0} when the definition names none. */
    public static SortedSet<Integer> migrateStages(Map<String, Object> definitionProperties) {
        Object stage = definitionProperties == null ? null : definitionProperties.get(STAGE);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(MIGRATE) : stage);
    }

    /** The prepare stages, ascending; {0} when the definition names none (a plain list names migrate stages). */
    public static SortedSet<Integer> prepareStages(Map<String, Object> definitionProperties) {
        Object stage = definitionProperties == null ? null : definitionProperties.get(STAGE);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(PREPARE) : null);
    }

    public static int nextMigrateStage(Map<String, Object> targetDefinitionProperties, int lastStage) {
        return Optional.ofNullable(tree(migrateStages(targetDefinitionProperties)).higher(lastStage))
                .orElse(lastStage);
    }

    public static int nextRollbackStage(Map<String, Object> rollbackDefinitionProperties, int lastStage) {
        return Optional.ofNullable(tree(migrateStages(rollbackDefinitionProperties)).lower(lastStage))
                .orElse(lastStage);
    }

    public static int nextPrepareStage(Map<String, Object> definitionProperties, int lastStage) {
        return Optional.ofNullable(tree(prepareStages(definitionProperties)).higher(lastStage)).orElse(lastStage);
    }

    private static TreeSet<Integer> tree(SortedSet<Integer> stages) {
        return new TreeSet<>(stages);
    }

    private static SortedSet<Integer> stages(Object listed) {
        TreeSet<Integer> stages = new TreeSet<>();
        if (listed instanceof List<?> list) {
            list.forEach(item -> stages.add(stageNumber(item)));
        }
        if (stages.isEmpty()) {
            stages.add(0);
        }
        return Collections.unmodifiableSortedSet(stages);
    }

    private static int stageNumber(Object item) {
        if (item instanceof Number number) {
            return number.intValue();
        }
        return new BigDecimal(item.toString().strip()).intValue();
    }
}
