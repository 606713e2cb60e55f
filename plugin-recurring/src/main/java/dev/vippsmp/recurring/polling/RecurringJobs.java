package dev.vippsmp.recurring.polling;

import dev.vippsmp.recurring.VippsRecurringProperties;
import dev.vippsmp.recurring.charging.ChargingJob;
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
 * The subscriptions' background work, as the core runs its reconciler: the charging job every
 * {@code vipps.recurring.charging-interval} and the poller every {@code vipps.recurring.poll-interval}, each under a
 * ShedLock lock in the core's {@code vipps_shedlock} table, so one node at a time runs it. The lock only saves work:
 * a period's claimed row is what keeps two nodes from charging it twice, even when a lock has run out.
 * {@link #chargeOnce()} and {@link #pollOnce()} are also what tests and an operator call.
 */
public class RecurringJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecurringJobs.class);
    static final String CHARGING_LOCK = "vipps-recurring-charging";
    static final String POLLING_LOCK = "vipps-recurring-polling";
    /** Longer than a pass takes: a node that dies holding the lock holds up the others this long at most. */
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final ChargingJob charging;
    private final RecurringPoller poller;
    private final LockingTaskExecutor locks;
    private final TaskScheduler scheduler;
    private final VippsRecurringProperties properties;
    private final boolean autoStartup;
    private final Clock clock;
    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    public RecurringJobs(ChargingJob charging, RecurringPoller poller, LockingTaskExecutor locks,
            TaskScheduler scheduler, VippsRecurringProperties properties, boolean autoStartup, Clock clock) {
        this.charging = charging;
        this.poller = poller;
        this.locks = locks;
        this.scheduler = scheduler;
        this.properties = properties;
        this.autoStartup = autoStartup;
        this.clock = clock;
    }

    /** One charging pass under the shared lock; false when another node holds it. */
    public boolean chargeOnce() {
        return locked(CHARGING_LOCK, charging::runOnce);
    }

    /** One polling pass under the shared lock; false when another node holds it. */
    public boolean pollOnce() {
        return locked(POLLING_LOCK, poller::runOnce);
    }

    private boolean locked(String name, Runnable job) {
        boolean[] ran = {false};
        locks.executeWithLock((Runnable) () -> {
            ran[0] = true;
            job.run();
        }, new LockConfiguration(clock.instant(), name, LOCK_AT_MOST, Duration.ZERO));
        return ran[0];
    }

    @Override
    public synchronized void start() {
        every(properties.chargingInterval(), "recurring charging", this::chargeOnce);
        every(properties.pollInterval(), "recurring polling", this::pollOnce);
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
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public int getPhase() {
        // As the core's jobs: start after the web server, stop before the data source goes away.
        return DEFAULT_PHASE - 1000;
    }
}
