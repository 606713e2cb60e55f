package dev.vippsmp.core.autoconfigure;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The plugin's own threads: a small scheduler for background jobs and a bounded pool that processes webhook
 * deliveries after they are answered. Deliberately not exposed as {@code Executor} or {@code TaskScheduler}
 * beans, which would displace the host's auto-configured ones.
 */
public final class PluginThreads implements DisposableBean {

    private final ThreadPoolTaskScheduler scheduler;
    private final ThreadPoolExecutor webhookWorkers;

    public PluginThreads() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("vipps-jobs-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        // A full queue is not a loss: the delivery is stored and the sweep processes it.
        webhookWorkers = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
                new CustomizableThreadFactory("vipps-webhooks-"), new ThreadPoolExecutor.AbortPolicy());
    }

    public TaskScheduler scheduler() {
        return scheduler;
    }

    public Executor webhookWorkers() {
        return webhookWorkers;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
        webhookWorkers.shutdownNow();
    }
}
