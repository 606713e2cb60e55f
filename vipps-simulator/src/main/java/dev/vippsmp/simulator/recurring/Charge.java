package dev.vippsmp.simulator.recurring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One charge of an agreement, with its amounts and history. Not thread-safe: every change and read happens under
 * the lock of its {@link Agreement}.
 *
 * <p>States as the simulator reads the spec: PENDING until its due date; DUE on the due date and while it is being
 * retried; then RESERVED (RESERVE_CAPTURE) or CHARGED (DIRECT_CAPTURE), or FAILED once the retry days are used up.
 */
final class Charge {

    static final String DIRECT_CAPTURE = "DIRECT_CAPTURE";
    static final String RESERVE_CAPTURE = "RESERVE_CAPTURE";

    private final String id;
    private final String agreementId;
    private final String type;
    private final String transactionType;
    private final long amount;
    private final String currency;
    private final String description;
    private final LocalDate due;
    private final int retryDays;
    private final String externalId;
    private final List<ChargeHistoryEvent> history = new ArrayList<>();
    private ChargeStatus status = ChargeStatus.PENDING;
    private long captured;
    private long refunded;
    private long cancelled;
    private String transactionId;
    private ChargeFailure failure;
    private LocalDate lastAttempt;
    /** The control API's failure that hit this charge: it holds for the charge's retries until cleared. */
    private ChargeFailure controlFailure;

    Charge(String id, String agreementId, String type, String transactionType, long amount, String currency,
            String description, LocalDate due, int retryDays, String externalId, Instant now, String idempotencyKey) {
        this.id = id;
        this.agreementId = agreementId;
        this.type = type;
        this.transactionType = transactionType;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.due = due;
        this.retryDays = retryDays;
        this.externalId = externalId;
        history.add(new ChargeHistoryEvent(now, "CREATE", amount, idempotencyKey, true));
    }

    /** The outcome of one processing attempt. */
    enum Attempt { RESERVED, CHARGED, RETRYING, FAILED, NOT_DUE }

    /**
     * Tries to take the money today. A failure within the retry window (the due date plus {@code retryDays}, counted
     * from the due date or from today when processed early) leaves the charge DUE for another try on a later day.
     */
    Attempt attempt(LocalDate today, Instant now, ChargeFailure failureOrNull, String transaction) {
        if (status != ChargeStatus.PENDING && status != ChargeStatus.DUE) {
            return Attempt.NOT_DUE;
        }
        LocalDate day = today.isBefore(due) ? due : today;
        lastAttempt = today;
        if (failureOrNull == null) {
            transactionId = transaction;
            if (RESERVE_CAPTURE.equals(transactionType)) {
                status = ChargeStatus.RESERVED;
                history.add(new ChargeHistoryEvent(now, "RESERVE", amount, id + "-reserve", true));
                return Attempt.RESERVED;
            }
            status = ChargeStatus.CHARGED;
            captured = amount;
            history.add(new ChargeHistoryEvent(now, "CAPTURE", amount, id + "-charge", true));
            return Attempt.CHARGED;
        }
        history.add(new ChargeHistoryEvent(now, "FAIL", amount, id + "-attempt-" + today, false));
        if (day.isBefore(due.plusDays(retryDays))) {
            status = ChargeStatus.DUE;
            return Attempt.RETRYING;
        }
        status = ChargeStatus.FAILED;
        failure = failureOrNull;
        return Attempt.FAILED;
    }

    /** PENDING turns DUE on its due date; an initial charge waits for the user instead. */
    void refresh(LocalDate today) {
        if (status == ChargeStatus.PENDING && !RecurringService.INITIAL.equals(type) && !today.isBefore(due)) {
            status = ChargeStatus.DUE;
        }
    }

    /** Whether process-due should try it today: due by now and not yet tried today. */
    boolean waitingOn(LocalDate today) {
        return (status == ChargeStatus.PENDING || status == ChargeStatus.DUE) && !RecurringService.INITIAL.equals(type)
                && !today.isBefore(due)
                && !today.equals(lastAttempt);
    }

    void capture(long value, Instant now, String idempotencyKey) {
        captured += value;
        status = captured + cancelled >= amount ? ChargeStatus.CHARGED : ChargeStatus.PARTIALLY_CAPTURED;
        history.add(new ChargeHistoryEvent(now, "CAPTURE", value, idempotencyKey, true));
    }

    void refund(long value, Instant now, String idempotencyKey) {
        refunded += value;
        status = refunded >= captured ? ChargeStatus.REFUNDED : ChargeStatus.PARTIALLY_REFUNDED;
        history.add(new ChargeHistoryEvent(now, "REFUND", value, idempotencyKey, true));
    }

    /** Cancels what is not captured; returns the amount released. */
    long cancel(Instant now, String idempotencyKey) {
        long released = amount - captured - cancelled;
        cancelled += released;
        status = ChargeStatus.CANCELLED;
        history.add(new ChargeHistoryEvent(now, "CANCEL", released, idempotencyKey, true));
        return released;
    }

    ChargeFailure controlFailure() {
        return controlFailure;
    }

    void setControlFailure(ChargeFailure failure) {
        controlFailure = failure;
    }

    long capturable() {
        return amount - captured - cancelled;
    }

    long refundable() {
        return captured - refunded;
    }

    String id() {
        return id;
    }

    String agreementId() {
        return agreementId;
    }

    String type() {
        return type;
    }

    String transactionType() {
        return transactionType;
    }

    long amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    String description() {
        return description;
    }

    LocalDate due() {
        return due;
    }

    int retryDays() {
        return retryDays;
    }

    String externalId() {
        return externalId;
    }

    ChargeStatus status() {
        return status;
    }

    long captured() {
        return captured;
    }

    long refunded() {
        return refunded;
    }

    long cancelled() {
        return cancelled;
    }

    String transactionId() {
        return transactionId;
    }

    ChargeFailure failure() {
        return failure;
    }

    List<ChargeHistoryEvent> history() {
        return List.copyOf(history);
    }
}
