package dev.acmr.participant.adapter.session;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the session's short delayed tasks (the end of a held ack batch's linger): timed by the container timer the
 * heartbeat runs on, run on the work manager, since the timer's thread must not block on a send. Before a timer is
 * given, or once the session stopped, a task runs at once; if the work manager refuses it, on the calling thread.
 */
final class DelayedTasks implements DispatchAcks.Scheduler {

    private static final Logger LOG = Logger.getLogger(DelayedTasks.class.getName());

    private final Executor executor;
    private volatile Timer timer;

    DelayedTasks(Executor executor) {
        this.executor = executor;
    }

    /** From now on tasks are timed by {@code timer}; null (the session stops): they run at once. */
    void timeWith(Timer timer) {
        this.timer = timer;
    }

    @Override
    public void after(Duration delay, Runnable task) {
        Timer current = timer;
        if (current != null) {
            try {
                current.schedule(new TimerTask() {
                    @Override
                    public void run() {
                        runNow(task);
                    }
                }, Math.max(0, delay.toMillis()));
                return;
            } catch (IllegalStateException e) {
                // the timer was cancelled: the session stops
            }
        }
        runNow(task);
    }

    private void runNow(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException refused) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // An exception escaping a TimerTask kills the timer thread, and with it every later heartbeat.
                LOG.log(Level.WARNING, "a delayed task failed", e);
            }
        }
    }
}
