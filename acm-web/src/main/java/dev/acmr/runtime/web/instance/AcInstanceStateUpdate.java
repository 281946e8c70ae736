package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ONAP's body of {@code PUT /compositions/{cid}/instances/{iid}}, as JSON or YAML: {@code deployOrder} (DEPLOY,
 * UNDEPLOY), {@code lockOrder} (LOCK, UNLOCK) or {@code subOrder} (PREPARE, REVIEW); NONE or absent means no order.
 * A {@code subOrder} MIGRATE_PRECHECK is refused, as ONAP refuses it here: a precheck is a POST of the instance.
 * Exactly one order must be given. Read by hand from the body's tree so that a bad value, or a body that is no object
 * at all, is a 400 that says which values are valid.
 */
final class AcInstanceStateUpdate {

    private static final Set<String> DEPLOY_ORDERS = Set.of("DEPLOY", "UNDEPLOY");
    private static final Set<String> LOCK_ORDERS = Set.of("LOCK", "UNLOCK");
    private static final Set<String> SUB_ORDERS = Set.of("PREPARE", "REVIEW");
    private static final String PRECHECK = "MIGRATE_PRECHECK";

    private AcInstanceStateUpdate() {
    }

    static InstanceOrder orderOf(Object body) {
        if (!(body instanceof Map<?, ?> fields)) {
            throw new InstanceRejectedException("Not valid order: the body must be an object with one of deployOrder "
                    + DEPLOY_ORDERS + ", lockOrder " + LOCK_ORDERS + " or subOrder " + SUB_ORDERS);
        }
        List<InstanceOrder> orders = new ArrayList<>();
        read(fields, "deployOrder", DEPLOY_ORDERS, orders);
        read(fields, "lockOrder", LOCK_ORDERS, orders);
        read(fields, "subOrder", SUB_ORDERS, orders);
        if (orders.size() != 1) {
            throw new InstanceRejectedException("Not valid order: expected exactly one of deployOrder "
                    + DEPLOY_ORDERS + ", lockOrder " + LOCK_ORDERS + " or subOrder " + SUB_ORDERS
                    + (orders.isEmpty() ? ", got none" : ", got " + orders));
        }
        return orders.get(0);
    }

    private static void read(Map<?, ?> body, String field, Set<String> valid, List<InstanceOrder> orders) {
        Object value = body.get(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof String text)) {
            throw new InstanceRejectedException("Not valid order: " + field + " must be one of " + valid);
        }
        if ("NONE".equals(text)) {
            return;
        }
        if (PRECHECK.equals(text) && "subOrder".equals(field)) {
            throw new InstanceRejectedException("Not valid order " + PRECHECK + " for subOrder: a migrate precheck is "
                    + "a POST of the instance with compositionTargetId and precheck: true");
        }
        if (!valid.contains(text)) {
            throw new InstanceRejectedException("Not valid order " + text + " for " + field + "; expected one of "
                    + valid);
        }
        orders.add(InstanceOrder.valueOf(text));
    }
}
