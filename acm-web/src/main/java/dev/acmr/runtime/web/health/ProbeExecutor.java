package dev.acmr.runtime.web.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads health probes run on: two, made while the application deploys and kept for its life.
 *
 * <p>Payara calls health checks from its own health endpoint, whose module is not this application. A managed
 * executor captures the caller's context at submit time, and the endpoint's context is refused when the task runs
 * ("Module __default-web-module is disabled"). Threads from this application's managed thread factory, started at
 * deployment, carry this application's context instead.
 */
@ApplicationScoped
public class ProbeExecutor {

    private static final int THREADS = 2;

    @Resource
    private ManagedThreadFactory threadFactory;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(16),
                threadFactory);
        pool.prestartAllCoreThreads();
    }

    void createAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        // Observing makes the container create the bean, and its threads, on the deployment thread.
    }

    ExecutorService executor() {
        return pool;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
