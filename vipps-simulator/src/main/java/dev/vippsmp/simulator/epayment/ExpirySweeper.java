package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.DaemonThreads;
import dev.vippsmp.simulator.config.SimulatorProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Expires payments nobody looks at, so that their EXPIRED webhook leaves on time; a read expires a payment too.
 * Runs on a thread of its own, never on a host application's scheduler.
 */
@Component
class ExpirySweeper implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweeper.class);

    private final PaymentService payments;
    private final long intervalMillis;
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("vipps-simulator-expiry-"));

    ExpirySweeper(PaymentService payments, SimulatorProperties properties) {
        this.payments = payments;
        this.intervalMillis = Math.max(10, properties.payments().sweepInterval().toMillis());
    }

    @Override
    public void afterPropertiesSet() {
        executor.scheduleWithFixedDelay(this::sweep, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Sweeps now, e.g. after the clock was moved. */
    void sweep() {
        try {
            payments.sweep();
        } catch (RuntimeException e) {
            LOG.warn("Expiring payments failed; trying again in {} ms", intervalMillis, e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
