package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.epayment.PaymentEvent;
import dev.vippsmp.core.payment.internal.PaymentReads;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored payments looked up, for the checkout's pages and the admin's list and detail pages. Reads only. */
public final class PaymentQueries {

    private static final int MAX_PAGE = 500;

    private final PaymentReads reads;
    private final EPaymentApi vendor;

    PaymentQueries(PaymentReads reads, EPaymentApi vendor) {
        this.reads = reads;
        this.vendor = vendor;
    }

    public Optional<Payment> find(String reference) {
        return reads.find(reference);
    }

    /** Every attempt for the order, oldest first. */
    public List<Payment> forOrder(String orderId) {
        return reads.forOrder(orderId);
    }

    /** A page of payments, newest first, optionally only some statuses and only flagged ones. */
    public List<Payment> page(Collection<PaymentStatus> statuses, Boolean flagged, int offset, int limit) {
        return page(null, statuses, flagged, offset, limit);
    }

    public long count(Collection<PaymentStatus> statuses, Boolean flagged) {
        return count(null, statuses, flagged);
    }

    /**
     * A page of payments, newest first, whose reference or order id starts with {@code search} in any case (null or
     * blank: all), optionally only some statuses and only flagged ones.
     */
    public List<Payment> page(String search, Collection<PaymentStatus> statuses, Boolean flagged, int offset,
            int limit) {
        return reads.read(records -> records.page(searchTerm(search), statuses, flagged, offset,
                Math.min(limit, MAX_PAGE)));
    }

    /** How many payments {@link #page(String, Collection, Boolean, int, int)} pages through. */
    public long count(String search, Collection<PaymentStatus> statuses, Boolean flagged) {
        return reads.read(records -> records.count(searchTerm(search), statuses, flagged));
    }

    /** The same count, stopping at {@code cap} (so it is cheap however many payments there are). */
    public long countUpTo(String search, Collection<PaymentStatus> statuses, Boolean flagged, int cap) {
        return reads.read(records -> records.countUpTo(searchTerm(search), statuses, flagged, cap));
    }

    /** The payment's event log at the vendor, for support. */
    public List<PaymentEvent> events(String reference) {
        return vendor.events(reference);
    }

    private static String searchTerm(String search) {
        return search == null || search.isBlank() ? null : search.strip();
    }
}
