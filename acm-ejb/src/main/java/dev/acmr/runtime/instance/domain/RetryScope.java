package dev.acmr.runtime.instance.domain;

import dev.acmr.runtime.composition.domain.StateChangeResult;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which elements an accepted order targets, i.e. resets to its transitional state and sends to participants. Normally
 * all of them, as ONAP does. One exception, ONAP's too: the same DEPLOY, UNDEPLOY, LOCK or UNLOCK repeated after it
 * FAILED on an instance of several elements leaves alone the elements already in its target state: those did their
 * part. Any other order after a failure (an UNDEPLOY after a failed DEPLOY, say) targets every element, so that a
 * participant that left half-made resources behind is called to clean them up. After a TIMEOUT every element is
 * targeted again, since late acks may still be on their way.
 *
 * <p>Unlike ONAP, which still sends the finished elements of such a retry to their participants (whose listeners run
 * them again), the finished elements are not sent: their listeners did the work once.
 */
public final class RetryScope {

    private RetryScope() {
    }

    /**
     * The elements the order targets, in the map's order. Empty only if every element is already there; the order
     * then completes as soon as supervision looks at it.
     *
     * @param current the instance's status before this order is applied
     */
    public static <K> Set<K> targets(InstanceOrder order, InstanceStatus current, Map<K, ElementStatus> elements) {
        Predicate<ElementStatus> alreadyThere = isRetryOfTheFailedOrder(order, current) && elements.size() > 1
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

    private static boolean isRetryOfTheFailedOrder(InstanceOrder order, InstanceStatus current) {
        if (current.stateChangeResult() != StateChangeResult.FAILED) {
            return false;
        }
        return switch (order) {
            case DEPLOY -> current.deployState() == DeployState.DEPLOYING;
            case UNDEPLOY -> current.deployState() == DeployState.UNDEPLOYING;
            case LOCK -> current.lockState() == LockState.LOCKING;
            case UNLOCK -> current.lockState() == LockState.UNLOCKING;
            default -> false;
        };
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
