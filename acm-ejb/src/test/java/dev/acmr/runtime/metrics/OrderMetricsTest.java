package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.acmr.runtime.composition.domain.PrimeOrder;
import dev.acmr.runtime.composition.domain.StateChangeResult;
import dev.acmr.runtime.instance.domain.InstanceOrder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderMetricsTest {

    private static final UUID ENTITY = UUID.fromString("709c62b3-8918-41b9-a747-d21eb79c6c40");

    private final FakeRegistry fake = new FakeRegistry();
    private final List<Synchronization> afterCompletion = new ArrayList<>();
    private Optional<OrderTimingRepository.OrderTiming> dispatched = Optional.empty();
    private long askedRevision = -1;
    private OrderMetrics metrics;

    @BeforeEach
    void setUp() {
        TransactionSynchronizationRegistry transaction = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionStatus")) {
                        return Status.STATUS_ACTIVE;
                    }
                    if (method.getName().equals("registerInterposedSynchronization")) {
                        afterCompletion.add((Synchronization) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        OrderTimingRepository timing = new OrderTimingRepository() {
            @Override
            public Optional<OrderTiming> order(UUID entityId, long orderRevision) {
                askedRevision = orderRevision;
                return dispatched;
            }
        };
        metrics = new OrderMetrics(fake.registry, timing, new AfterCommit(transaction));
        metrics.register();
    }

    @Test
    void everySupportedOrderAndResultIsThereFromTheStartAtZero() {
        for (String order : List.of("PRIME", "DEPRIME", "DEPLOY", "UNDEPLOY", "LOCK", "UNLOCK", "UPDATE", "DELETE")) {
            for (StateChangeResult result : StateChangeResult.values()) {
                assertEquals(0, fake.counter(orders(order, result)));
            }
            assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"" + order + "\"}"));
        }
    }

    @Test
    void aCompletedOrderIsCountedAndTimedOnceItsTransactionCommits() {
        dispatched = Optional.of(new OrderTimingRepository.OrderTiming("DEPLOY", 1.25));

        metrics.onSettled(OrderSettled.of(ENTITY, InstanceOrder.DEPLOY, 7, StateChangeResult.NO_ERROR));
        assertEquals(0, fake.counter(orders("DEPLOY", StateChangeResult.NO_ERROR)), "not before the commit");
        commit();

        assertEquals(1, fake.counter(orders("DEPLOY", StateChangeResult.NO_ERROR)));
        assertEquals(7, askedRevision, "the start of this order's revision");
        assertEquals(1, fake.gauge("acm_order_duration_seconds_count{order=\"DEPLOY\"}"));
        assertEquals(1.25, fake.gauge("acm_order_duration_seconds_sum{order=\"DEPLOY\"}"));
        assertEquals(1, fake.gauge("acm_order_duration_seconds_bucket{le=\"2.5\",order=\"DEPLOY\"}"));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_bucket{le=\"1.0\",order=\"DEPLOY\"}"));
    }

    @Test
    void aRolledBackSettleIsNotCounted() {
        metrics.onSettled(OrderSettled.of(ENTITY, PrimeOrder.PRIME, 7, StateChangeResult.NO_ERROR));
        afterCompletion.forEach(sync -> sync.afterCompletion(Status.STATUS_ROLLEDBACK));

        assertEquals(0, fake.counter(orders("PRIME", StateChangeResult.NO_ERROR)));
    }

    @Test
    void aTimeoutTakesItsOrderFromTheDispatchRecordAndIsNotTimed() {
        dispatched = Optional.of(new OrderTimingRepository.OrderTiming("UNDEPLOY", 36.0));

        metrics.onSettled(OrderSettled.timedOut(ENTITY));
        commit();
        assertEquals(0, askedRevision, "unknown: the latest dispatched order");

        assertEquals(1, fake.counter(orders("UNDEPLOY", StateChangeResult.TIMEOUT)));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"UNDEPLOY\"}"));
    }

    @Test
    void aFailureIsCountedButNotTimed() {
        dispatched = Optional.of(new OrderTimingRepository.OrderTiming("PRIME", 0.3));

        metrics.onSettled(OrderSettled.of(ENTITY, PrimeOrder.PRIME, 7, StateChangeResult.FAILED));
        commit();

        assertEquals(1, fake.counter(orders("PRIME", StateChangeResult.FAILED)));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"PRIME\"}"));
    }

    @Test
    void anOrderNeverDispatchedIsCountedWithoutADuration() {
        metrics.onSettled(OrderSettled.of(ENTITY, InstanceOrder.DELETE, 7, StateChangeResult.NO_ERROR));
        commit();

        assertEquals(1, fake.counter(orders("DELETE", StateChangeResult.NO_ERROR)));
        assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"DELETE\"}"));
    }

    @Test
    void anEarlierOrdersDispatchIsNotTakenForThisOnesStart() {
        dispatched = Optional.of(new OrderTimingRepository.OrderTiming("DEPLOY", 50.0));

        metrics.onSettled(OrderSettled.of(ENTITY, InstanceOrder.DELETE, 7, StateChangeResult.NO_ERROR));
        commit();

        assertEquals(0, fake.gauge("acm_order_duration_seconds_count{order=\"DELETE\"}"));
    }

    private void commit() {
        afterCompletion.forEach(sync -> sync.afterCompletion(Status.STATUS_COMMITTED));
        afterCompletion.clear();
    }

    private static String orders(String order, StateChangeResult result) {
        return "acm_orders_total{order=\"" + order + "\",result=\"" + result + "\"}";
    }
}
