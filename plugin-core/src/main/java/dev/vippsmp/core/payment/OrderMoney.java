package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.errors.VippsApiException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an order's money through {@link MoneyMovements} as the shop's order moves: the vendor's rule is to
 * capture only when the goods are
 * delivered (shipped), and to release what will not be captured. Each method looks at every payment attempt of the
 * order and does what is still to do, so calling it twice, or for an order paid another way, does nothing.
 *
 * <p>Call it after the order's change is committed (e.g. from an after-commit event listener): the vendor is
 * called outside any transaction of the caller's, whose data it never joins, and the payment's own changes are
 * committed by the core as usual. A payment flagged for an admin (its amount does not match the order) is left
 * to the admin.
 */
public final class OrderMoney {

    private static final Logger log = LoggerFactory.getLogger(OrderMoney.class);

    private final MoneyMovements money;
    private final PaymentQueries queries;
    private final TransactionTemplate outsideCallersTransaction;

    OrderMoney(MoneyMovements money, PaymentQueries queries, TransactionTemplate transactions) {
        this.money = money;
        this.queries = queries;
        this.outsideCallersTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.outsideCallersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * The order has shipped (or was delivered): captures everything still reserved, delivery included.
     *
     * @return what was captured now, in minor units
     * @throws VippsApiException when the vendor refuses or cannot be reached; what was captured stays captured,
     *         and calling again captures the rest with the same idempotency key
     */
    public long capture(String orderId) {
        return run(orderId, payment -> {
            long amount = payment.capturableMinor();
            if (amount == 0 || payment.flagged()) {
                return 0L;
            }
            money.capture(payment.reference(), amount);
            return amount;
        });
    }

    /**
     * The order was cancelled: releases what is reserved and not captured, and ends attempts still waiting for
     * the buyer.
     *
     * @return what was released now, in minor units
     */
    public long cancel(String orderId) {
        return run(orderId, payment -> {
            if (!payment.cancellable() || payment.flagged() && payment.status().wasAuthorized()) {
                return 0L;
            }
            long reserved = payment.capturableMinor();
            money.cancel(payment.reference());
            return reserved;
        });
    }

    /**
     * The order was refunded: refunds everything captured and not yet refunded, and releases anything still
     * reserved.
     *
     * @return what was refunded now, in minor units
     */
    public long refund(String orderId) {
        return run(orderId, payment -> {
            long refunded = 0;
            if (payment.refundableMinor() > 0) {
                refunded = payment.refundableMinor();
                money.refund(payment.reference(), refunded);
            }
            Payment now = queries.find(payment.reference()).orElse(payment);
            if (now.capturableMinor() > 0 && !now.flagged()) {
                money.cancel(payment.reference());
            }
            return refunded;
        });
    }

    private long run(String orderId, Operation operation) {
        Long total = outsideCallersTransaction.execute(status -> {
            long sum = 0;
            List<Payment> attempts = queries.forOrder(orderId);
            for (Payment payment : attempts) {
                try {
                    sum += operation.apply(payment);
                } catch (PaymentOperationException e) {
                    // Someone else moved the money first (an admin, another node): nothing left to do here.
                    log.info("Payment {} of order {}: {}", payment.reference(), orderId, e.getMessage());
                }
            }
            return sum;
        });
        return total == null ? 0 : total;
    }

    @FunctionalInterface
    private interface Operation {
        long apply(Payment payment);
    }
}
