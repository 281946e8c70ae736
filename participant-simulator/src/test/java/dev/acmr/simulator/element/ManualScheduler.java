package dev.acmr.simulator.element;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A scheduler that records what it is given and runs it only when told. */
final class ManualScheduler extends ScheduledThreadPoolExecutor {

    final List<Long> delaysMs = new CopyOnWriteArrayList<>();
    final List<Runnable> tasks = new CopyOnWriteArrayList<>();

    ManualScheduler() {
        super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        delaysMs.add(unit.toMillis(delay));
        tasks.add(task);
        return null;
    }

    void runAll() {
        List<Runnable> due = List.copyOf(tasks);
        tasks.clear();
        due.forEach(Runnable::run);
    }
}
