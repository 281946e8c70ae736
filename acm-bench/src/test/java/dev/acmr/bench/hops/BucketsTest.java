package dev.acmr.bench.hops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The quantile arithmetic, checked against what histogram_quantile gives for the same buckets. */
class BucketsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Buckets of(double... boundThenCount) {
        TreeMap<Double, Double> cumulative = new TreeMap<>();
        for (int i = 0; i < boundThenCount.length; i += 2) {
            cumulative.put(boundThenCount[i], boundThenCount[i + 1]);
        }
        return new Buckets(cumulative);
    }

    @Test
    void aRankInsideABucketIsInterpolatedBetweenItsBounds() {
        // 100 observations: 20 ≤ 1 ms, 70 more ≤ 2 ms, 10 more ≤ 5 ms. Rank 50 is the 30th of the 70 in (1, 2] ms.
        Buckets.Quantile p50 = of(0.001, 20, 0.002, 90, 0.005, 100, INF, 100).quantile(0.5);
        assertEquals(0.001 + 0.001 * 30 / 70, p50.seconds(), 1e-12);
        assertFalse(p50.beyondHighestBound());
        // Rank 99 is the 9th of the 10 in (2, 5] ms.
        assertEquals(0.002 + 0.003 * 9 / 10, of(0.001, 20, 0.002, 90, 0.005, 100, INF, 100).quantile(0.99).seconds(),
                1e-12);
    }

    @Test
    void theFirstBucketStartsAtZero() {
        Buckets.Quantile p50 = of(0.001, 80, 0.002, 100, INF, 100).quantile(0.5);
        assertEquals(0.001 * 50 / 80, p50.seconds(), 1e-12);
        assertEquals("0.6 ms", p50.formatMs());
    }

    @Test
    void aRankBeyondTheHighestBoundReportsThatBound() {
        Buckets.Quantile p99 = of(0.005, 50, 0.01, 90, INF, 100).quantile(0.99);
        assertEquals(0.01, p99.seconds());
        assertTrue(p99.beyondHighestBound());
        assertEquals("> 10.0 ms", p99.formatMs());
        assertEquals("> 5,000 ms", of(5, 0, INF, 3).quantile(0.5).formatMs());
    }

    @Test
    void aRankOnABoundIsThatBound() {
        assertEquals(0.002, of(0.001, 20, 0.002, 50, INF, 100).quantile(0.5).seconds(), 1e-12);
    }

    @Test
    void noQuantileWithoutObservationsWithoutInfinityOrWithANegativeCount() {
        assertEquals(Buckets.Quantile.NONE, of(0.001, 0, INF, 0).quantile(0.5));
        assertEquals(Buckets.Quantile.NONE, of(0.001, 3, 0.002, 4).quantile(0.5));
        assertEquals(Buckets.Quantile.NONE, of(0.001, -2, 0.002, 1, INF, 1).quantile(0.5));
        assertEquals(Buckets.Quantile.NONE, Buckets.NONE.quantile(0.5));
        assertEquals("n/a", Buckets.Quantile.NONE.formatMs());
    }

    @Test
    void aBucketReadBelowTheOneBeforeItCountsAsThatOne() {
        // 0.002 read before a burst the 0.001 gauge saw: it holds at least the 40 below it, so (2, 5] ms holds 60.
        assertEquals(0.002 + 0.003 * 10 / 60, of(0.001, 40, 0.002, 35, 0.005, 100, INF, 100).quantile(0.5).seconds(),
                1e-12);
    }

    @Test
    void bucketsAddUpBoundByBoundAndSubtractAReadingBefore() {
        Buckets node1 = of(0.001, 10, INF, 20);
        Buckets node2 = of(0.001, 5, INF, 7);
        assertEquals(Map.of(0.001, 15.0, INF, 27.0), node1.plus(node2).cumulative());
        Buckets before = of(0.001, 4, INF, 8);
        assertEquals(Map.of(0.001, 11.0, INF, 19.0), node1.plus(node2).minus(before).cumulative());
        assertEquals(Map.of(0.001, 10.0, INF, 20.0), node1.minus(Buckets.NONE).cumulative(),
                "a series that did not exist before counts from zero");
    }
}
