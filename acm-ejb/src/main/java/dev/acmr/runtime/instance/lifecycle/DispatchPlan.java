package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.domain.DeployState;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import dev.acmr.runtime.instance.domain.InstanceStatus;
import dev.acmr.runtime.instance.domain.OrderEffect;
import dev.acmr.runtime.instance.domain.Pacing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pure parts of running an instance order: which orders run here, how they are paced (start phase by start
 * phase, stage by stage, or one message), and which participant gets which elements. Knowledge of instance orders,
 * so it stays with them; giving a participant's part to one of its replicas is {@code participant.dispatch}'s.
 */
public final class DispatchPlan {

    /** The orders this runtime runs: all of ONAP's, migrations, prepare, review and rollback included. */
    public static final Set<InstanceOrder> SUPPORTED = EnumSet.allOf(InstanceOrder.class);

    private DispatchPlan() {
    }

    public static boolean isSupported(InstanceOrder order) {
        return SUPPORTED.contains(order);
    }

    /**
     * How the running order's messages are paced, as {@link OrderEffect} gave it when the order started. A running
     * ROLLBACK is told by the state it reverts in: {@link OrderEffect} reads it from the status it reverts from.
     */
    public static Pacing pacingOf(InstanceOrder running, InstanceStatus status) {
        if (running == InstanceOrder.ROLLBACK) {
            return status.deployState() == DeployState.MIGRATION_REVERTING ? Pacing.DESCENDING_STAGES
                    : Pacing.ONE_MESSAGE;
        }
        return OrderEffect.of(running, status).pacing();
    }

    /**
     * The elements grouped by the participant that runs them, participants and elements in the given order: one
     * message per participant.
     */
    public static <E, P> Map<P, List<E>> byParticipant(Collection<E> elements, Function<E, P> participantOf) {
        Map<P, List<E>> grouped = new LinkedHashMap<>();
        elements.forEach(element -> grouped.computeIfAbsent(participantOf.apply(element), key -> new ArrayList<>())
                .add(element));
        return grouped;
    }
}
