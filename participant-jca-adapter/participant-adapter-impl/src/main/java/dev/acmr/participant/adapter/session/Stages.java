package dev.acmr.participant.adapter.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stages of a staged operation, read from an element definition's in-properties as ONAP defines them:
 * {@code stage: {migrate: [..], prepare: [..]}}, or for migrate also a plain {@code stage: [..]}; no stages means
 * the single stage 0. The next stage is the nearest one after the last (before it, for a rollback, which runs the
 * migrate stages backwards), or the last stage itself when none is left: the participant's sign that it is done.
 */
public final class Stages {

    private static final String STAGE = "stage";
    private static final String MIGRATE = "migrate";
    private static final String PREPARE = "prepare";

    private Stages() {
    }

    public static int nextMigrate(Map<String, Object> inProperties, int lastStage) {
        return Optional.ofNullable(migrateStages(inProperties).higher(lastStage)).orElse(lastStage);
    }

    public static int nextRollback(Map<String, Object> inProperties, int lastStage) {
        return Optional.ofNullable(migrateStages(inProperties).lower(lastStage)).orElse(lastStage);
    }

    public static int nextPrepare(Map<String, Object> inProperties, int lastStage) {
        return Optional.ofNullable(prepareStages(inProperties).higher(lastStage)).orElse(lastStage);
    }

    static TreeSet<Integer> migrateStages(Map<String, Object> inProperties) {
        Object stage = inProperties == null ? null : inProperties.get(STAGE);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(MIGRATE) : stage);
    }

    static TreeSet<Integer> prepareStages(Map<String, Object> inProperties) {
        Object stage = inProperties == null ? null : inProperties.get(STAGE);
        return stages(stage instanceof Map<?, ?> byOperation ? byOperation.get(PREPARE) : null);
    }

    private static TreeSet<Integer> stages(Object listed) {
        TreeSet<Integer> stages = new TreeSet<>();
        if (listed instanceof List<?> list) {
            list.forEach(item -> stages.add(Integer.valueOf(item.toString().strip())));
        }
        return stages.isEmpty() ? new TreeSet<>(Set.of(0)) : stages;
    }
}
