package dev.vippsmp.recurring;

import dev.vippsmp.recurring.spi.ChargeFailureReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a subscription's event log: what happened ({@code event}, one of {@link Type}), to which period (or
 * -1), by what ({@code trigger}, one of {@link Source}) and its particulars. The codes are kept as stored, so the
 * admin can show the raw code to support staff beside the words, and a line written by another version still shows.
 */
public record SubscriptionEvent(String agreementId, int period, String event, String trigger, Detail detail,
        Instant occurred) {

    /** Every event the plugin writes to the log. */
    public enum Type {
        AGREEMENT_CREATED, AGREEMENT_ACTIVE, AGREEMENT_REJECTED, AGREEMENT_STOPPED, AGREEMENT_EXPIRED,
        PAUSED, RESUMED,
        CHARGE_CLAIMED, CHARGE_CREATED, CHARGE_REFUSED,
        CHARGE_PENDING, CHARGE_DUE, CHARGE_PROCESSING, CHARGE_RESERVED, CHARGE_CHARGED, CHARGE_PARTIALLY_CAPTURED,
        CHARGE_FAILED, CHARGE_CANCELLED, CHARGE_PARTIALLY_REFUNDED, CHARGE_REFUNDED,
        CHARGE_CANCEL_REQUESTED, CHARGE_CANCEL_FAILED, REFUND_REQUESTED,
        PERIOD_CHARGED, PERIOD_FAILED, PERIOD_REFUNDED;

        /** The agreement's move to a status the vendor's reading can give it. */
        public static Type agreement(SubscriptionStatus status) {
            return switch (status) {
                case ACTIVE -> AGREEMENT_ACTIVE;
                case REJECTED -> AGREEMENT_REJECTED;
                case STOPPED -> AGREEMENT_STOPPED;
                case EXPIRED -> AGREEMENT_EXPIRED;
                case PENDING, PAUSED -> throw new IllegalArgumentException("No vendor reading gives " + status);
            };
        }

        /** A charge's move to a state the vendor's reading can give it (never CREATING, which is the plugin's). */
        public static Type charge(ChargeState state) {
            return switch (state) {
                case PENDING -> CHARGE_PENDING;
                case DUE -> CHARGE_DUE;
                case PROCESSING -> CHARGE_PROCESSING;
                case RESERVED -> CHARGE_RESERVED;
                case CHARGED -> CHARGE_CHARGED;
                case PARTIALLY_CAPTURED -> CHARGE_PARTIALLY_CAPTURED;
                case FAILED -> CHARGE_FAILED;
                case CANCELLED -> CHARGE_CANCELLED;
                case PARTIALLY_REFUNDED -> CHARGE_PARTIALLY_REFUNDED;
                case REFUNDED -> CHARGE_REFUNDED;
                case CREATING -> throw new IllegalArgumentException("No vendor reading gives " + state);
            };
        }
    }

    /** What noticed or made the change: the return page, a webhook, the poller, the charging job, the shop, an admin. */
    public enum Source {
        RETURN, WEBHOOK, POLL, JOB, SHOP, ADMIN
    }

    /**
     * An event's particulars, each null when it has none: money in minor units with its currency, a due date, a
     * charge's failure reason (the API's value) with the vendor's description (or the vendor's refusal), the vendor's
     * status as it read it, an identifier (an order or charge id). {@code text} is the free text lines written before
     * these fields existed carry instead.
     */
    public record Detail(Long amount, String currency, LocalDate due, String reason, String description,
            String state, String reference, String text) {

        public static final Detail NONE = new Detail(null, null, null, null, null, null, null, null);

        public Detail money(long amountMinor, String currencyCode) {
            return new Detail(amountMinor, currencyCode, due, reason, description, state, reference, text);
        }

        public Detail dueOn(LocalDate day) {
            return new Detail(amount, currency, day, reason, description, state, reference, text);
        }

        public Detail failure(String wireReason, String vendorDescription) {
            return new Detail(amount, currency, due, wireReason, vendorDescription, state, reference, text);
        }

        public Detail described(String words) {
            return new Detail(amount, currency, due, reason, words, state, reference, text);
        }

        public Detail vendorState(String status) {
            return new Detail(amount, currency, due, reason, description, status, reference, text);
        }

        public Detail referring(String id) {
            return new Detail(amount, currency, due, reason, description, state, id, text);
        }

        /** The failure reason when it is one this version knows. */
        public Optional<ChargeFailureReason> failureReason() {
            return ChargeFailureReason.fromWire(reason);
        }

        public boolean hasMoney() {
            return amount != null && currency != null;
        }
    }
}
