package dev.acmr.participant.adapter;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's work manager as an {@link Executor}, so that the session and the dispatcher run on managed
 * threads without depending on the Connectors work API (and can be tested with a plain executor).
 */
final class WorkManagerExecutor implements Executor {

    private static final Logger LOG = Logger.getLogger(WorkManagerExecutor.class.getName());

    private final WorkManager workManager;

    WorkManagerExecutor(WorkManager workManager) {
        this.workManager = workManager;
    }

    @Override
    public void execute(Runnable task) {
        try {
            workManager.scheduleWork(new RunnableWork(task));
        } catch (WorkException e) {
            throw new RejectedExecutionException("work manager refused the task: " + e.getMessage(), e);
        }
    }

    /** A task as Work. The tasks watch the session's own stop flag, so release() has nothing to add. */
    private record RunnableWork(Runnable task) implements Work {

        @Override
        public void run() {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "adapter task failed", e);
            }
        }

        @Override
        public void release() {
            // nothing held: see the class comment
        }
    }
}
