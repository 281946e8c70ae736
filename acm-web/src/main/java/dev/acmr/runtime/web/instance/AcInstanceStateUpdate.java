package dev.acmr.runtime.web.instance;

import dev.acmr.runtime.instance.application.InstanceRejectedException;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ONAP's body of {@code PUT /compositions/{cid}/instances/{iid}}: {@code deployOrder} (DEPLOY, UNDEPLOY),
 * {@code lockOrder} (LOCK, UNLOCK) or {@code subOrder} (PREPARE, REVIEW, MIGRATE_PRECHECK, not supported yet); NONE
 * or absent means no order. Exactly one order must be given. Read by hand so that a bad value is a 400 that says
 * which values are valid.
 */
final class AcInstanceStateUpdate {

    private static final Set<String> DEPLOY_ORDERS = Set.of("DEPLOY", "UNDEPLOY");
    private static final Set<String> LOCK_ORDERS = Set.of("LOCK", "UNLOCK");
    private static final Set<String> SUB_ORDERS = Set.of("PREPARE", "REVIEW", "MIGRATE_PRECHECK");

    private AcInstanceStateUpdate() {
    }

    static InstanceOrder orderOf(JsonObject body) {
        List<InstanceOrder> orders = new ArrayList<>();
        read(body, "deployOrder", DEPLOY_ORDERS, orders);
        read(body, "lockOrder", LOCK_ORDERS, orders);
        read(body, "subOrder", SUB_ORDERS, orders);
        if (orders.size() != 1) {
            throw new InstanceRejectedException("Not valid order: expected exactly one of deployOrder "
                    + DEPLOY_ORDERS + ", lockOrder " + LOCK_ORDERS + " or subOrder " + SUB_ORDERS
                    + (orders.isEmpty() ? ", got none" : ", got " + orders));
        }
        return orders.get(0);
    }

    private static void read(JsonObject body, String field, Set<String> valid, List<InstanceOrder> orders) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (!(value instanceof JsonString text)) {
            throw new InstanceRejectedException("Not valid order: " + field + " must be one of " + valid);
        }
        if ("NONE".equals(text.getString())) {
            return;
        }
        if (!valid.contains(text.getString())) {
            throw new InstanceRejectedException("Not valid order " + text.getString() + " for " + field
                    + "; expected one of " + valid);
        }
        orders.add(InstanceOrder.valueOf(text.getString()));
    }
}
