package dev.vippsmp.core.reconcile;

import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.telemetry.ApiCallLog;
import dev.vippsmp.core.webhook.WebhookDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Runs the plugin's background work on its own scheduler, so the host needs no {@code @EnableScheduling}: the
 * reconciler and the call-log pruning under a database lock (one node at a time when several share the database),
 * the webhook dispatcher's sweep of the inbox and the call-log flush on every node (both are safe to run everywhere).
 */
public class BackgroundJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    static final String RECONCILER_LOCK = "vipps-reconciler";
    static final String PRUNE_LOCK = "vipps-call-log-prune";

    private final Reconciler reconciler;
    private final WebhookDispatcher webhooks;
    private final ApiCallLog callLog;
    private final LockingTaskExecutor locks;
    private final TaskScheduler scheduler;
    private final VippsProperties properties;
    private final Clock clock;
    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    public BackgroundJobs(Reconciler reconciler, WebhookDispatcher webhooks, ApiCallLog callLog,
            LockingTaskExecutor locks, TaskScheduler scheduler, VippsProperties properties, Clock clock) {
        this.reconciler = reconciler;
        this.webhooks = webhooks;
        this.callLog = callLog;
        this.locks = locks;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    /** One reconciler pass under the shared lock; returns false when another node holds it. */
    public boolean reconcileOnce() {
        boolean[] ran = {false};
        locks.executeWithLock((Runnable) () -> {
            ran[0] = true;
            reconciler.runOnce();
        }, new LockConfiguration(clock.instant(), RECONCILER_LOCK, properties.reconciler().lockAtMostFor(),
                Duration.ZERO));
        return ran[0];
    }

    @Override
    public synchronized void start() {
        if (properties.reconciler().enabled()) {
            every(properties.reconciler().interval(), "reconciler", this::reconcileOnce);
        }
        every(properties.webhooks().processingInterval(), "webhook inbox",
                () -> webhooks.processPending(properties.webhooks().batchSize()));
        every(properties.callLog().flushInterval(), "call log", callLog::flush);
        every(Duration.ofHours(1), "call log pruning", () -> locks.executeWithLock(
                (Runnable) () -> callLog.prune(properties.callLog().retention()),
                new LockConfiguration(clock.instant(), PRUNE_LOCK, Duration.ofMinutes(10), Duration.ZERO)));
    }

    private void every(Duration interval, String name, Runnable job) {
        running.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("Vipps MobilePay background job '{}' failed; it runs again in {}", name, interval, e);
            }
        }, interval));
    }

    @Override
    public synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running.clear();
        callLog.flush();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    @Override
    public int getPhase() {
        // Start after the web server, stop before the data source goes away.
        return DEFAULT_PHASE - 1000;
    }
}
