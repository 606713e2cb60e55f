package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.epayment.ModificationResponse;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.internal.PaymentRecords.Operation;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Capture, refund and cancel with keys that make a repeat harmless. The key of the n-th operation of a kind is
 * derived from the reference and n; n moves on only once a key is used up (the vendor succeeded or definitively
 * refused), so a timeout followed by another try repeats the key and cannot move money twice. Amounts are
 * checked against the stored totals first: never capture more than is reserved, never refund more than captured.
 */
public final class MoneyOperations {

    private final EPaymentApi payments;
    private final PaymentRecords records;
    private final PaymentReads reads;
    private final TransactionTemplate transactions;

    public MoneyOperations(EPaymentApi payments, PaymentRecords records, PaymentReads reads,
            TransactionTemplate transactions) {
        this.payments = payments;
        this.records = records;
        this.reads = reads;
        this.transactions = transactions;
    }

    /** Returns the payment as the vendor's answer shows it afterwards (state and totals only). */
    public PaymentDetails capture(String reference, long amountMinor) {
        return capture(load(reference), amountMinor);
    }

    /** A capture's answer: the payment as the vendor shows it afterwards, or null when the answer does not show it. */
    public record Capture(PaymentDetails answered) {
    }

    /** Captures all that is still reserved as the payment is stored now; empty when nothing is. */
    public Optional<Capture> captureRemaining(String reference) {
        PaymentEntity entity = load(reference);
        long remaining = entity.toPayment().capturableMinor();
        return remaining > 0 ? Optional.of(new Capture(capture(entity, remaining))) : Optional.empty();
    }

    private PaymentDetails capture(PaymentEntity entity, long amountMinor) {
        Payment payment = entity.toPayment();
        String reference = payment.reference();
        checkAmount(amountMinor, payment.capturableMinor(), "captured", payment);
        int sequence = entity.getCaptureSeq() + 1;
        return view(run(reference, Operation.CAPTURE, entity.getCaptureSeq(), () -> payments.capture(reference,
                new Amount(payment.currency(), amountMinor), References.captureKey(reference, sequence))));
    }

    /**
     * The payment as the vendor's answer to a modification shows it, or null when the answer lacks its state or
     * totals. The answer's pspReference is the modification's, not the payment's, so it is left out.
     */
    private static PaymentDetails view(Object answer) {
        if (!(answer instanceof ModificationResponse r) || r.state() == null || r.aggregate() == null) {
            return null;
        }
        return new PaymentDetails(r.reference(), r.state(), r.amount(), r.aggregate(), null, null, null, null, null,
                null, null);
    }

    public void refund(String reference, long amountMinor) {
        PaymentEntity entity = load(reference);
        Payment payment = entity.toPayment();
        checkAmount(amountMinor, payment.refundableMinor(), "refunded", payment);
        int sequence = entity.getRefundSeq() + 1;
        run(reference, Operation.REFUND, entity.getRefundSeq(), () -> payments.refund(reference,
                new Amount(payment.currency(), amountMinor), References.refundKey(reference, sequence)));
    }

    /** Releases what is not captured; before authorization, ends the payment. */
    public void cancel(String reference, boolean onlyIfNotAuthorized) {
        PaymentEntity entity = load(reference);
        Payment payment = entity.toPayment();
        if (!payment.cancellable()) {
            throw new PaymentOperationException(Reason.NOT_ALLOWED_IN_STATE,
                    "Payment " + reference + " has nothing left to cancel (" + payment.status() + ")");
        }
        int sequence = entity.getCancelSeq() + 1;
        String key = References.cancelKey(reference, sequence);
        run(reference, Operation.CANCEL, entity.getCancelSeq(), () -> onlyIfNotAuthorized
                ? payments.cancelTransactionOnly(reference, key) : payments.cancel(reference, key));
    }

    private Object run(String reference, Operation operation, int usedSequence, Supplier<?> call) {
        Object answer;
        try {
            answer = call.get();
        } catch (VippsApiException e) {
            if (!e.isRetryable()) {
                // A refused key stays refused at the vendor; the next try needs the next key.
                advance(reference, operation, usedSequence);
            }
            throw e;
        }
        advance(reference, operation, usedSequence);
        return answer;
    }

    private void advance(String reference, Operation operation, int usedSequence) {
        transactions.executeWithoutResult(status -> records.advanceSequence(reference, operation, usedSequence));
    }

    private PaymentEntity load(String reference) {
        return reads.findEntity(reference).orElseThrow(
                () -> new PaymentOperationException(Reason.PAYMENT_NOT_FOUND, "No payment " + reference));
    }

    private static void checkAmount(long amount, long limit, String verb, Payment payment) {
        if (payment.status() == PaymentStatus.CREATED || payment.status().isTerminal() && limit == 0) {
            throw new PaymentOperationException(Reason.NOT_ALLOWED_IN_STATE,
                    "Payment " + payment.reference() + " cannot be " + verb + " now (" + payment.status() + ")");
        }
        if (amount <= 0 || amount > limit) {
            throw new PaymentOperationException(Reason.INVALID_AMOUNT, "At most " + limit + " "
                    + payment.currency() + " (minor units) can be " + verb + "; asked for " + amount);
        }
    }
}
