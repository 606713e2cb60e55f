package dev.vippsmp.recurring.charging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.recurring.polling.RecurringJobs;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.testsupport.MutableClock;
import dev.vippsmp.recurring.support.RecurringHost;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import dev.vippsmp.recurring.support.Simulator;
import dev.vippsmp.testsupport.PostgresDatabase;
import dev.vippsmp.testsupport.RequiresPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A period is charged once with two shop nodes on one PostgreSQL database: this test's context is node A, and a
 * second, separate application context on the same schema is node B, nothing shared in the JVM but the database
 * and the simulator. Both run the charging job for the same due period at the same moment, 20 times over, first
 * without the ShedLock lock (as when a lock ran out: only the claimed row stands between them) and then as the
 * scheduler runs it, under the lock; each time the simulator was asked once and holds one charge for the period,
 * and the database one row.
 */
@RequiresPostgres
class TwoNodeRecurringChargeTest extends RecurringIntegrationTest {

    private static final int RUNS = 20;
    private static PostgresDatabase.FreshSchema schema;
    private static ExecutorService pool;
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ChargingJob chargingJob;
    private MutableClock clockOnB;

    private static synchronized PostgresDatabase.FreshSchema schema() {
        if (schema == null) {
            schema = PostgresDatabase.createSchema("vipps_recurring");
        }
        return schema;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> schema().jdbcUrl());
        registry.add("spring.datasource.username", () -> schema().user());
        registry.add("spring.datasource.password", () -> schema().password());
    }

    @BeforeAll
    static void startNodeB() {
        pool = Executors.newFixedThreadPool(2);
        List<String> properties = new ArrayList<>(Stream.of(RecurringIntegrationTest.class.getAnnotation(
                SpringBootTest.class).properties()).filter(p -> !p.startsWith("spring.datasource.")).toList());
        properties.add("spring.datasource.url=" + schema().jdbcUrl());
        properties.add("spring.datasource.username=" + schema().user());
        properties.add("spring.datasource.password=" + schema().password());
        properties.add("spring.datasource.hikari.maximum-pool-size=5");
        properties.add("vipps.base-url=" + Simulator.baseUrl());
        nodeB = new SpringApplicationBuilder(RecurringHost.class).web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new)).run();
    }

    @AfterAll
    static void stopNodeB() {
        pool.shutdownNow();
        if (nodeB != null) {
            nodeB.close();
        }
        // Node A's context stays cached until the JVM ends; the schema goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(schema::close));
    }

    @Test
    void twoNodesChargingTheSameDuePeriodAtOnceCreateOneChargeAtTheVendor() throws Exception {
        ChargingJob onB = nodeB.getBean(ChargingJob.class);
        clockOnB = nodeB.getBean(MutableClock.class);
        RecurringJobs jobsOnB = nodeB.getBean(RecurringJobs.class);
        for (int run = 0; run < RUNS; run++) {
            jdbc.update("delete from vipps_recurring_charge");
            jdbc.update("delete from vipps_recurring_agreement");
            clock.set(Instant.now());
            clockOnB.set(Instant.now());
            // Weekly: one period at a time falls within the vendor's day and the lead time of two days.
            String agreementId = activeSubscription(10_000 + run, IntervalUnit.WEEK);
            moveBothClocks(Duration.ofDays(5));

            List<Integer> claimed = race(chargingJob::runOnce, onB::runOnce);
            assertThat(claimed).as("run %d: periods claimed by each node", run)
                    .containsExactlyInAnyOrder(0, 1);
            assertOneChargePerPeriod(run, agreementId, 1);

            moveBothClocks(Duration.ofDays(7));
            race(jobs::chargeOnce, jobsOnB::chargeOnce);
            assertOneChargePerPeriod(run, agreementId, 2);
        }
    }

    private void moveBothClocks(Duration by) {
        clock.advance(by);
        clockOnB.set(clock.instant());
    }

    private void assertOneChargePerPeriod(int run, String agreementId, int periods) {
        assertThat(jdbc.queryForObject("select count(*) from vipps_recurring_charge where agreement_id = ? "
                + "and period_no > 0", Long.class, agreementId)).as("run %d: charge rows", run).isEqualTo(periods);
        assertThat(simulator().journalQuery("operation=CreateChargeV3&reference=" + agreementId))
                .as("run %d: charges asked for at the vendor", run).hasSize(periods);
        List<Charge> atVendor = client.recurring().listCharges(agreementId, null).stream()
                .filter(charge -> !"INITIAL".equals(charge.type())).toList();
        assertThat(atVendor).as("run %d: charges the vendor holds", run).hasSize(periods);
        assertThat(atVendor).extracting(Charge::due).doesNotHaveDuplicates();
    }

    private static <T> List<T> race(Callable<T> onA, Callable<T> onB) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (Callable<T> node : List.of(onA, onB)) {
            results.add(pool.submit(() -> {
                start.await();
                return node.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> result : results) {
            answers.add(result.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
