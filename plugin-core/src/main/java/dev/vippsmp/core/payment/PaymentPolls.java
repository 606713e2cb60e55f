package dev.vippsmp.core.payment;

import dev.vippsmp.core.payment.internal.PaymentReads;
import dev.vippsmp.core.payment.internal.PaymentRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconciler's bookkeeping on stored payments: which are due, when each is read next, and which are handed
 * to an admin. When to read next is {@link dev.vippsmp.core.polling.PollSchedule}'s decision; this only stores it,
 * and never changes a payment's state.
 */
public final class PaymentPolls {

    private final PaymentRecords records;
    private final PaymentReads reads;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentPolls(PaymentRecords records, PaymentReads reads, TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.reads = reads;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** References of payments whose next poll is due, most overdue first. */
    public List<String> due(int limit) {
        return reads.read(records -> records.due(clock.instant(), limit));
    }

    /** Sets when the reconciler next reads the payment (null: not again) and counts the poll. */
    public void schedule(String reference, Instant next) {
        transactions.executeWithoutResult(status -> records.schedulePoll(reference, next, true));
    }

    /** Flags a payment for an admin and stops polling it (e.g. never final after hours). */
    public void flagForAdmin(String reference, String reason) {
        transactions.executeWithoutResult(status -> records.flag(reference, reason));
    }
}
