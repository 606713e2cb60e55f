package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.payment.Payment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lookups of stored payments that stand alone, outside any change. Each is one SELECT, run inside the caller's
 * transaction when there is one and otherwise on its own (autocommit), so a lookup costs the database one statement
 * instead of BEGIN, SELECT and COMMIT. A single statement reads committed rows either way, and nothing the plugin
 * decides on such a read relies on the read's transaction: every change is a conditional UPDATE
 * ({@link PaymentRecords}) that checks again what it depends on.
 */
public final class PaymentReads {

    private final PaymentRecords records;
    private final TransactionTemplate reads;

    public PaymentReads(PaymentRecords records, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.reads = new TransactionTemplate(transactionManager);
        // SUPPORTS opens no transaction but still binds one persistence context for the callback, so a query and the
        // detach of what it found act on the same one; read-only lets Hibernate skip keeping snapshots for them.
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        reads.setReadOnly(true);
    }

    public Optional<Payment> find(String reference) {
        return read(records -> records.find(reference));
    }

    public Optional<PaymentEntity> findEntity(String reference) {
        return read(records -> records.findEntity(reference));
    }

    /** Every attempt for the order, oldest first. */
    public List<Payment> forOrder(String orderId) {
        return read(records -> records.forOrder(orderId));
    }

    /** Any other single query of {@link PaymentRecords} that only reads. */
    public <T> T read(Function<PaymentRecords, T> query) {
        return reads.execute(status -> query.apply(records));
    }
}
