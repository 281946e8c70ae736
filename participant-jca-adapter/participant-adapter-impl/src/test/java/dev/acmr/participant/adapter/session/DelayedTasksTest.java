package dev.acmr.participant.adapter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DelayedTasksTest {

    private final AtomicInteger ran = new AtomicInteger();

    @Test
    void aTaskWaitsForItsTimerAndThenRunsOnTheExecutor() {
        List<Long> delays = new ArrayList<>();
        List<TimerTask> timed = new ArrayList<>();
        Timer timer = new Timer(true) {
            @Override
            public void schedule(TimerTask task, long delay) {
                delays.add(delay);
                timed.add(task);
            }
        };
        List<Runnable> executed = new ArrayList<>();
        DelayedTasks tasks = new DelayedTasks(executed::add);
        tasks.timeWith(timer);

        tasks.after(Duration.ofMillis(20), ran::incrementAndGet);
        assertEquals(List.of(20L), delays);
        assertEquals(0, ran.get());
        timed.get(0).run();
        assertEquals(0, ran.get(), "not on the timer's thread");
        executed.forEach(Runnable::run);
        assertEquals(1, ran.get());
        timer.cancel();
    }

    @Test
    void withoutATimerOrWithACancelledOneATaskRunsAtOnce() {
        DelayedTasks tasks = new DelayedTasks(Runnable::run);
        tasks.after(Duration.ofMillis(20), ran::incrementAndGet);
        Timer cancelled = new Timer(true);
        cancelled.cancel();
        tasks.timeWith(cancelled);
        tasks.after(Duration.ofMillis(20), ran::incrementAndGet);
        assertEquals(2, ran.get());
    }

    @Test
    void aRefusedTaskRunsOnTheCallingThread() {
        DelayedTasks tasks = new DelayedTasks(task -> {
            throw new RejectedExecutionException("full");
        });
        tasks.after(Duration.ZERO, ran::incrementAndGet);
        tasks.after(Duration.ZERO, () -> {
            throw new IllegalStateException("a failing task is logged, not thrown");
        });
        assertEquals(1, ran.get());
    }
}
