package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.payment.internal.CompletionEngine;
import dev.vippsmp.core.payment.internal.MoneyClaims;
import dev.vippsmp.core.payment.internal.MoneyOperations;
import dev.vippsmp.core.payment.internal.PaymentEntity;
import dev.vippsmp.core.payment.internal.PaymentReads;
import dev.vippsmp.core.payment.internal.PaymentRecords;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.VippsShop;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment lifecycle, one part per job: {@link PaymentInitiation} starts payments, {@link PaymentCompletion} is
 * the one completion path, {@link MoneyMovements} moves money (and {@link OrderMoney} moves an order's),
 * {@link PaymentQueries} looks payments up, {@link PaymentPolls} keeps the reconciler's bookkeeping and
 * {@link ExpressCallbacks} answers the app during Express. Each part is also a bean of its own.
 */
public record Payments(PaymentInitiation initiation, PaymentCompletion completion, MoneyMovements money,
        OrderMoney orders, PaymentQueries queries, PaymentPolls polls, ExpressCallbacks callbacks) {

    /** The plugin's own tables behind payments, for the host's persistence unit. */
    public static final List<String> ENTITY_CLASSES = List.of(PaymentEntity.class.getName());

    /** How long a payment the vendor does not know may still be on its way there (the create call in flight). */
    private static final Duration NOT_FOUND_GRACE = Duration.ofMinutes(2);

    /** How long a money movement waits for another one on the same payment before it is refused as busy. */
    private static final Duration CLAIM_PATIENCE = Duration.ofSeconds(10);

    /**
     * The lifecycle on the shop's persistence unit and transactions, publishing a {@link PaymentChanged} through
     * {@code events} each time a completion moves a payment, once its change is committed.
     *
     * @param schedule when the reconciler first reads a new payment, how long an immediate capture may take before
     *        the reconciler takes it over, and how soon a failed completion is tried again
     */
    public static Payments create(VippsClient client, SettingsService settings, VippsShop shop,
            EntityManager entityManager, TransactionTemplate transactions, Clock clock, PollSchedule schedule,
            ApplicationEventPublisher events) {
        PaymentRecords records = new PaymentRecords(entityManager);
        PaymentReads reads = new PaymentReads(records, transactions.getTransactionManager());
        CompletionEngine engine = new CompletionEngine(client.payments(), client.userinfo(), records, reads, shop,
                transactions, clock, schedule, NOT_FOUND_GRACE);
        PaymentCompletion completion = new PaymentCompletion(engine, shop, client.orderManagement(), events);
        MoneyMovements money = new MoneyMovements(new MoneyOperations(client.payments(), records, reads,
                transactions), new MoneyClaims(records, ownTransactions(transactions), clock, CLAIM_PATIENCE), reads,
                client.payments(), completion);
        completion.moveMoneyWith(money);
        PaymentQueries queries = new PaymentQueries(reads, client.payments());
        return new Payments(
                new PaymentInitiation(client.payments(), settings, shop, records, reads, transactions, clock,
                        schedule, completion, money),
                completion, money, new OrderMoney(money, queries, transactions), queries,
                new PaymentPolls(records, reads, transactions, clock), new ExpressCallbacks(reads, shop));
    }

    /** The same, without listeners. */
    public static Payments create(VippsClient client, SettingsService settings, VippsShop shop,
            EntityManager entityManager, TransactionTemplate transactions, Clock clock, PollSchedule schedule) {
        return create(client, settings, shop, entityManager, transactions, clock, schedule, event -> { });
    }

    /** A claim is committed at once, visible to every node, whatever transaction the caller is in. */
    private static TransactionTemplate ownTransactions(TransactionTemplate transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions.getTransactionManager());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }
}
