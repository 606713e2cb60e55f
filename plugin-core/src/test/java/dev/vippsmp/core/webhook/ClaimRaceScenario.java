package dev.vippsmp.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.PaymentCompletion;
import dev.vippsmp.core.polling.PollSchedule;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' dispatchers claiming the same stored deliveries at the same moment, each in its own transactions, for
 * the tests of each real database: every delivery is processed exactly once, by whichever claim won its row, and
 * every one is finished.
 */
final class ClaimRaceScenario {

    private static final int ROUNDS = 8;
    private static final int DELIVERIES = 40;

    private ClaimRaceScenario() {
    }

    /** Two dispatchers, as on two nodes, race {@value #ROUNDS} times for {@value #DELIVERIES} due deliveries. */
    static void run(PaymentCompletion completion, EntityManager entityManager, TransactionTemplate transactions,
            PollSchedule schedule, Clock clock, JdbcTemplate jdbc) throws Exception {
        InboxRows.CountingHandler handler = new InboxRows.CountingHandler();
        InboxRows rows = new InboxRows(handler, completion, entityManager, transactions, schedule, clock, jdbc);
        WebhookDispatcher first = new WebhookDispatcher(completion, entityManager, transactions, Runnable::run,
                schedule, clock, List.of(handler));
        WebhookDispatcher second = new WebhookDispatcher(completion, entityManager, transactions, Runnable::run,
                schedule, clock, List.of(handler));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<String> all = new ArrayList<>();
        int claimedByFirst = 0;
        int claimedBySecond = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String run = UUID.randomUUID().toString().substring(0, 8);
                List<String> references = IntStream.range(0, DELIVERIES).mapToObj(i -> "cl-" + run + "-" + i)
                        .toList();
                all.addAll(references);
                List<Long> ids = rows.store(references);
                List<Long> reversed = new ArrayList<>(ids);
                Collections.reverse(reversed);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> a = nodes.submit(() -> {
                    together.await();
                    return first.dispatch(ids);
                });
                Future<Integer> b = nodes.submit(() -> {
                    together.await();
                    return second.dispatch(reversed);
                });
                int byFirst = a.get();
                int bySecond = b.get();
                assertThat(byFirst + bySecond).as("claims in round %d", round).isEqualTo(DELIVERIES);
                claimedByFirst += byFirst;
                claimedBySecond += bySecond;
            }
        } finally {
            nodes.shutdownNow();
        }

        for (String reference : all) {
            assertThat(handler.calls(reference)).as(reference).isEqualTo(1);
            assertThat(rows.row(reference).get("outcome")).as(reference).isEqualTo("PROCESSED");
            assertThat(rows.row(reference).get("attempts")).as(reference).isEqualTo(1);
        }
        assertThat(claimedByFirst + claimedBySecond).isEqualTo(ROUNDS * DELIVERIES);
    }
}
