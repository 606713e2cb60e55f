package dev.vippsmp.core.payment;

import static dev.vippsmp.testsupport.SimulatorDefaults.TEST_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.SettingsChange;
import dev.vippsmp.core.spi.PaymentOutcome;
import dev.vippsmp.core.support.IntegrationTest;
import dev.vippsmp.core.support.PostgresIntegrationTest;
import dev.vippsmp.core.support.Simulator;
import dev.vippsmp.core.support.TestApplication;
import dev.vippsmp.core.support.TestShop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Money moves once with two shop nodes on one PostgreSQL database: this test's context is node A, and a second,
 * separate application context on the same schema is node B, each with its own shop, beans and connection pool,
 * nothing shared in the JVM but the database and the simulator. Both capture the same payment at the same moment,
 * 50 times over; each time the simulator's journal shows one capture, one node succeeds and the other is refused,
 * and the stored totals are the vendor's.
 */
class TwoNodeMoneyTest extends PostgresIntegrationTest {

    private static final int RUNS = 50;
    private static ExecutorService pool;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startNodeB() {
        pool = Executors.newFixedThreadPool(2);
        String[] datasource = datasource();
        List<String> properties = new ArrayList<>(Stream.of(IntegrationTest.class.getAnnotation(
                SpringBootTest.class).properties()).filter(p -> !p.startsWith("spring.datasource.")).toList());
        properties.add("spring.datasource.url=" + datasource[0]);
        properties.add("spring.datasource.username=" + datasource[1]);
        properties.add("spring.datasource.password=" + datasource[2]);
        properties.add("spring.datasource.hikari.maximum-pool-size=5");
        properties.add("vipps.base-url=" + Simulator.baseUrl());
        nodeB = new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new)).run();
    }

    @AfterAll
    static void stopNodeB() {
        pool.shutdownNow();
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void concurrentCapturesFromTwoNodesMoveTheMoneyOnce() throws Exception {
        settings.update(SettingsChange.none().withCapture(SettingsChange.Capture.policy(CapturePolicy.MANUAL)),
                "two-node-test");
        Payments onB = nodeB.getBean(Payments.class);
        TestShop shopB = nodeB.getBean(TestShop.class);
        for (int run = 0; run < RUNS; run++) {
            race(run, onB, shopB);
        }
    }

    /** Even runs capture everything as an order event does; odd runs capture half as the admin's form does. */
    private void race(int run, Payments onB, TestShop shopB) throws Exception {
        long total = 20_000 + 2 * run;
        String order = shop.newOrder(total, true);
        shopB.putOrder(order, total, true);
        String reference = payments.initiation().initiate(InitiationRequest.checkout(order, "https://shop.example/r"))
                .reference();
        client.payments().forceApprove(reference, TEST_USER);
        Payment authorized = payments.completion().complete(reference, Trigger.WEBHOOK).status()
                == PaymentStatus.AUTHORIZED ? payments.queries().find(reference).orElseThrow() : null;
        assertThat(authorized).as("run %d authorized", run).isNotNull();
        boolean full = run % 2 == 0;
        long amount = full ? total : total / 2;

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Payment>> results = new ArrayList<>();
        for (Payments node : List.of(payments, onB)) {
            Callable<Payment> capture = full ? () -> node.money().capture(reference, amount)
                    : () -> node.money().capture(reference, amount, authorized.version());
            results.add(pool.submit(() -> {
                start.await();
                return capture.call();
            }));
        }
        start.countDown();
        int succeeded = 0;
        List<Throwable> refused = new ArrayList<>();
        for (Future<Payment> result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }

        assertThat(succeeded).as("run %d: nodes that captured", run).isEqualTo(1);
        assertThat(refused).as("run %d: the other node is refused", run).singleElement()
                .isInstanceOf(PaymentOperationException.class);
        assertThat(Simulator.control().journal(reference)).as("run %d: captures at the vendor", run)
                .filteredOn(e -> "capturePayment".equals(e.get("operation").asString())).hasSize(1);
        assertThat(Simulator.control().aggregate(reference, "capturedAmount")).isEqualTo(amount);
        assertThat(payments.queries().find(reference).orElseThrow().capturedMinor()).isEqualTo(amount);
        if (full) {
            long paidTold = Stream.concat(shop.outcomes(order).stream(), shopB.outcomes(order).stream())
                    .filter(outcome -> outcome.kind() == PaymentOutcome.Kind.PAID).count();
            assertThat(paidTold).as("run %d: PAID told once across both nodes", run).isEqualTo(1);
        }
    }
}
