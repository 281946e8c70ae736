package dev.acmr.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecondsHistogramTest {

    @Test
    void bucketsAreCumulativeAndInSeconds() {
        SecondsHistogram histogram = new SecondsHistogram(0.01, 0.1, 1);
        histogram.record(Duration.ofMillis(5));
        histogram.record(Duration.ofMillis(78));
        histogram.record(Duration.ofMillis(78));
        histogram.record(Duration.ofSeconds(3));

        assertEquals(1, histogram.cumulativeCount(0));
        assertEquals(3, histogram.cumulativeCount(1));
        assertEquals(3, histogram.cumulativeCount(2));
        assertEquals(4, histogram.count());
        assertEquals(3.161, histogram.sumSeconds(), 1e-9);
    }

    @Test
    void aValueOnABoundBelongsToThatBucket() {
        SecondsHistogram histogram = new SecondsHistogram(0.5, 1);
        histogram.recordSeconds(0.5);
        assertEquals(1, histogram.cumulativeCount(0));
    }

    @Test
    void aNegativeDurationCountsAsZero() {
        SecondsHistogram histogram = new SecondsHistogram(0.001);
        histogram.record(Duration.ofMillis(-3));
        assertEquals(1, histogram.cumulativeCount(0));
        assertEquals(0, histogram.sumSeconds());
    }

    @Test
    void boundsAreSortedAndCopied() {
        double[] given = {1, 0.1};
        SecondsHistogram histogram = new SecondsHistogram(given);
        given[0] = 99;
        assertArrayEquals(new double[] {0.1, 1}, histogram.bounds());
    }

    @Test
    void aHistogramNeedsABucket() {
        assertThrows(IllegalArgumentException.class, SecondsHistogram::new);
    }
}
