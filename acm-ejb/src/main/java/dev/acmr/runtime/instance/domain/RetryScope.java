package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which elements an accepted order targets, i.e. resets to its transitional state and sends to participants. Normally
 * all of them. After a FAILED order, a DEPLOY, UNDEPLOY, LOCK or UNLOCK leaves alone the elements already in its
 * target state, as ONAP does: those did their part, and redoing it could disturb them. After a TIMEOUT every element
 * is targeted again, as in ONAP, since late acks may still be on their way.
 */
public final class RetryScope {

    private RetryScope() {
    }

    /**
     * The elements the order targets, in the map's order. Empty only if every element is already there; the order
     * then completes as soon as supervision looks at it.
     *
     * @param instanceResult how the instance's last order went, before this one is applied
     */
    public static <K> Set<K> targets(InstanceOrder order, StateChangeResult instanceResult,
            Map<K, ElementStatus> elements) {
        Predicate<ElementStatus> alreadyThere = instanceResult == StateChangeResult.FAILED
                ? alreadyThere(order)
                : element -> false;
        Set<K> targets = new LinkedHashSet<>();
        elements.forEach((id, element) -> {
            if (!alreadyThere.test(element)) {
                targets.add(id);
            }
        });
        return Collections.unmodifiableSet(targets);
    }

    private static Predicate<ElementStatus> alreadyThere(InstanceOrder order) {
        return switch (order) {
            case DEPLOY -> element -> element.deployState() == DeployState.DEPLOYED;
            case UNDEPLOY -> element -> element.deployState() == DeployState.UNDEPLOYED;
            case LOCK -> element -> element.lockState() == LockState.LOCKED;
            case UNLOCK -> element -> element.lockState() == LockState.UNLOCKED;
            default -> element -> false;
        };
    }
}
