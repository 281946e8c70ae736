package dev.acmr.runtime.instance.lifecycle;

import dev.acmr.runtime.instance.domain.InstanceOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long an instance order may wait for its participants: the first element that sets the order's key in its
 * properties ({@code deployTimeoutMs}, {@code undeployTimeoutMs}, ...; ONAP's keys, plus lock and unlock), else the
 * configured default. As ONAP, only a migration has its own key: a rollback (of a migration or an update) and the sub
 * operations (prepare, review, migrate precheck) wait for the configured default, ONAP's maxOperationWaitMs.
 */
public final class InstanceTimeouts {

    private InstanceTimeouts() {
    }

    public static Optional<String> keyOf(InstanceOrder order) {
        return Optional.ofNullable(switch (order) {
            case DEPLOY -> "deployTimeoutMs";
            case UNDEPLOY -> "undeployTimeoutMs";
            case UPDATE -> "updateTimeoutMs";
            case DELETE -> "deleteTimeoutMs";
            case LOCK -> "lockTimeoutMs";
            case UNLOCK -> "unlockTimeoutMs";
            case MIGRATE -> "migrateTimeoutMs";
            case MIGRATE_PRECHECK, PREPARE, REVIEW, ROLLBACK -> null;
        });
    }

    /** @param elementProperties the elements' properties, in element order */
    public static Duration of(InstanceOrder order, List<Map<String, Object>> elementProperties, Duration fallback) {
        Optional<String> key = keyOf(order);
        if (key.isEmpty()) {
            return fallback;
        }
        for (Map<String, Object> properties : elementProperties) {
            Object value = properties.get(key.get());
            long millis = millis(value);
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        }
        return fallback;
    }

    private static long millis(Object value) {
        try {
            if (value instanceof Number number) {
                return number.longValue();
            }
            if (value instanceof String text) {
                return Long.parseLong(text.strip());
            }
        } catch (NumberFormatException e) {
            // An odd value: the next element, or the default.
        }
        return -1;
    }
}
