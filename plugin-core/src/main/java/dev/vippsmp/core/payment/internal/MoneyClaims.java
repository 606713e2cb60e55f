package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most one money operation per payment at a time, across every shop node on the database: the operation runs
 * while it holds the payment's claim, a lease taken by a conditional UPDATE of the payment's row and given back
 * when it ends. A node that dies holding a claim loses it after {@link #HOLD}, long enough for the vendor calls of
 * one operation with their retries. A caller that finds the claim taken waits for it with backoff, up to its
 * patience, and is then refused as {@link Reason#BUSY}; nothing was sent.
 */
public final class MoneyClaims {

    /** How long a claim holds if its holder never gives it back. */
    static final Duration HOLD = Duration.ofMinutes(5);

    private static final class Taken extends RuntimeException {
        Taken() {
            super(null, null, false, false);
        }
    }

    private final PaymentRecords records;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryTemplate waits;

    public MoneyClaims(PaymentRecords records, TransactionTemplate transactions, Clock clock, Duration patience) {
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
        this.waits = new RetryTemplate(RetryPolicy.builder().includes(Taken.class).maxRetries(Long.MAX_VALUE)
                .delay(Duration.ofMillis(20)).multiplier(1.5).maxDelay(Duration.ofMillis(500))
                .jitter(Duration.ofMillis(10)).timeout(patience).build());
    }

    /** Runs {@code operation} holding the payment's claim. */
    public <T> T holding(String reference, Supplier<T> operation) {
        String token = UUID.randomUUID().toString();
        try {
            waits.execute(() -> {
                Instant now = clock.instant();
                if (!Boolean.TRUE.equals(transactions.execute(status -> records.claimMoney(reference, token, now,
                        now.plus(HOLD))))) {
                    throw new Taken();
                }
                return Boolean.TRUE;
            });
        } catch (RetryException failed) {
            Throwable last = failed.getLastException();
            if (!(last instanceof Taken) && last instanceof RuntimeException e) {
                throw e;
            }
            throw new PaymentOperationException(Reason.BUSY, "Another money operation on payment " + reference
                    + " is still running");
        }
        try {
            return operation.get();
        } finally {
            transactions.executeWithoutResult(status -> records.releaseMoney(reference, token));
        }
    }
}
