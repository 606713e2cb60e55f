package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * One payment and its lifecycle: the rules of capture, refund and cancel, the aggregate, and the event log. Every
 * change happens under the payment's lock (see {@link PaymentService}); the getters are safe to call while holding
 * it or on a payment that is no longer changing.
 */
public final class Payment {

    private static final Duration REFUND_DEADLINE = Duration.ofDays(365);
    private static final Duration LOCK_WAIT = Duration.ofMillis(500);

    private final ReentrantLock lock = new ReentrantLock();
    private final SalesUnit unit;
    private final CreatePaymentRequest request;
    private final String pspReference;
    private final String redirectToken;
    private final String redirectUrl;
    private final String createIdempotencyKey;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final List<PaymentEvent> events = new ArrayList<>();

    private Money amount;
    private PaymentState state = PaymentState.CREATED;
    private long authorizedAmount;
    private long cancelledAmount;
    private long capturedAmount;
    private long refundedAmount;
    private Instant authorizedAt;
    private Approval approval;
    private Approval pendingApproval;
    private Instant pendingUntil;

    Payment(SalesUnit unit, CreatePaymentRequest request, String pspReference, String redirectToken,
            String redirectUrl, String createIdempotencyKey, Instant createdAt, Instant expiresAt) {
        this.unit = unit;
        this.request = request;
        this.pspReference = pspReference;
        this.redirectToken = redirectToken;
        this.redirectUrl = redirectUrl;
        this.createIdempotencyKey = createIdempotencyKey;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.amount = request.amount();
    }

    /**
     * Who approved, what they consented to share, the Express choices, and how the profile is released.
     *
     * @param via {@code LANDING_PAGE}, {@code FORCE_APPROVE} or {@code SIMULATOR}
     * @param profileVisibleAt from when GET shows {@code profile.sub} (and {@code userDetails})
     * @param userDetailsShared whether GET and the authorized webhook carry {@code userDetails}, or only the sub
     */
    public record Approval(TestUser user, List<String> consentedScopes, ShippingDetails shippingDetails, String via,
            Instant profileVisibleAt, boolean userDetailsShared) {
    }

    /** The first event of every payment. */
    PaymentEvent createdEvent(String eventPsp, String idempotencyKey) {
        events.add(event(EventName.CREATED, amount, createdAt, idempotencyKey, true, eventPsp));
        return last();
    }

    // --- the customer's side

    /** The customer approved; test amounts may decline (an unsuccessful AUTHORIZED event) or leave it undecided. */
    AuthorizationOutcome authorize(Approval newApproval, Instant now, String eventPsp) {
        requireOpen();
        if (pendingUntil != null) {
            return AuthorizationOutcome.pending();
        }
        long shipping = newApproval.shippingDetails() == null ? 0 : newApproval.shippingDetails().shippingCost();
        Money total = request.amount().plus(shipping);
        var decline = TestAmounts.declineReason(request.amount().value());
        if (decline.isPresent()) {
            events.add(event(EventName.AUTHORIZED, total, now, null, false, eventPsp));
            return AuthorizationOutcome.declined(decline.get(), last());
        }
        if (request.amount().value() == TestAmounts.UNKNOWN_RESULT) {
            pendingApproval = newApproval;
            return AuthorizationOutcome.pending();
        }
        return AuthorizationOutcome.authorized(completeAuthorization(newApproval, total, now, eventPsp));
    }

    /** Sets the undecided payment of test amount 201 on its course; it resolves after {@code duration}. */
    void startUnknownResult(Instant now, Duration duration) {
        if (pendingApproval != null && pendingUntil == null) {
            pendingUntil = now.plus(duration);
        }
    }

    /** Authorizes an undecided payment whose time has come; null when nothing is due. */
    PaymentEvent resolvePending(Instant now, Duration profileDelay, String eventPsp) {
        if (state != PaymentState.CREATED || pendingUntil == null || now.isBefore(pendingUntil)) {
            return null;
        }
        Approval due = pendingApproval;
        pendingApproval = null;
        pendingUntil = null;
        long shipping = due.shippingDetails() == null ? 0 : due.shippingDetails().shippingCost();
        Approval resolved = new Approval(due.user(), due.consentedScopes(), due.shippingDetails(), due.via(),
                now.plus(profileDelay), due.userDetailsShared());
        return completeAuthorization(resolved, request.amount().plus(shipping), now, eventPsp);
    }

    private PaymentEvent completeAuthorization(Approval newApproval, Money total, Instant now, String eventPsp) {
        approval = newApproval;
        amount = total;
        authorizedAmount = total.value();
        authorizedAt = now;
        state = PaymentState.AUTHORIZED;
        events.add(event(EventName.AUTHORIZED, total, now, null, true, eventPsp));
        return last();
    }

    /** The customer rejected the payment, or refused to share what the merchant asked for. */
    PaymentEvent abort(Instant now, String eventPsp) {
        requireOpen();
        state = PaymentState.ABORTED;
        pendingApproval = null;
        pendingUntil = null;
        events.add(event(EventName.ABORTED, amount, now, null, true, eventPsp));
        return last();
    }

    /** Expires the payment when its time is up (or when forced); null when nothing is due. */
    PaymentEvent expire(Instant now, boolean force, String eventPsp) {
        if (state != PaymentState.CREATED || pendingUntil != null || (!force && now.isBefore(expiresAt))) {
            return null;
        }
        state = PaymentState.EXPIRED;
        pendingApproval = null;
        events.add(event(EventName.EXPIRED, amount, now, null, true, eventPsp));
        return last();
    }

    // --- the merchant's side

    PaymentEvent capture(Money requested, Instant now, String idempotencyKey, String eventPsp) {
        requireModificationAmount(requested);
        switch (state) {
            case CREATED -> throw ApiProblem.of(ErrorCode.CAPTURE_BEFORE_RESERVATION,
                    "The payment is not authorized yet; it can be captured once the customer has approved it");
            case TERMINATED -> throw ApiProblem.of(ErrorCode.CANNOT_CAPTURE_CANCELLED, "The payment was cancelled");
            case ABORTED, EXPIRED -> throw ApiProblem.of(ErrorCode.WRONG_STATE_FOR_CAPTURE,
                    "The payment is " + state + " and was never authorized");
            default -> { }
        }
        if (!now.isBefore(authorizedAt.plus(unit.market().captureDeadline()))) {
            throw ApiProblem.of(ErrorCode.CAPTURE_PERIOD_EXPIRED, "The capture period of "
                    + unit.market().captureDeadline().toDays() + " days after authorization has passed");
        }
        long remaining = authorizedAmount - capturedAmount - cancelledAmount;
        if (remaining == 0 && cancelledAmount > 0) {
            throw ApiProblem.of(ErrorCode.CANNOT_CAPTURE_CANCELLED, "The rest of the payment was cancelled");
        }
        if (remaining == 0) {
            throw ApiProblem.of(ErrorCode.ALREADY_CAPTURED, "The full amount is already captured");
        }
        if (requested.value() > remaining) {
            throw ApiProblem.of(ErrorCode.CAPTURE_AMOUNT_TOO_HIGH, "At most " + remaining
                    + " minor units can be captured, " + requested.value() + " were asked for");
        }
        capturedAmount += requested.value();
        events.add(event(EventName.CAPTURED, requested, now, idempotencyKey, true, eventPsp));
        return last();
    }

    /** A refund; the test amounts 123 and 124 fail with an unsuccessful REFUNDED event in the log. */
    RefundOutcome refund(Money requested, Instant now, String idempotencyKey, String eventPsp) {
        requireModificationAmount(requested);
        switch (state) {
            case CREATED -> throw ApiProblem.of(ErrorCode.REFUND_BEFORE_RESERVATION,
                    "The payment is not authorized, so nothing can be refunded");
            case TERMINATED, ABORTED, EXPIRED -> throw ApiProblem.of(ErrorCode.WRONG_STATE_FOR_REFUND,
                    "The payment is " + state + "; nothing was captured");
            default -> { }
        }
        long refundable = capturedAmount - refundedAmount;
        if (refundable == 0 && refundedAmount > 0) {
            throw ApiProblem.of(ErrorCode.ALREADY_REFUNDED, "Everything captured is already refunded");
        }
        if (requested.value() > refundable) {
            throw ApiProblem.of(ErrorCode.NOT_ENOUGH_REFUNDABLE, "At most " + refundable
                    + " minor units can be refunded (captured minus refunded), " + requested.value() + " were asked for");
        }
        if (!now.isBefore(authorizedAt.plus(REFUND_DEADLINE))) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "The refund period of 365 days has passed");
        }
        var failure = TestAmounts.refundFailure(requested.value());
        if (failure.isPresent()) {
            events.add(event(EventName.REFUNDED, requested, now, idempotencyKey, false, eventPsp));
            return new RefundOutcome(last(), ApiProblem.of(HttpStatus.BAD_REQUEST, failure.get()));
        }
        refundedAmount += requested.value();
        events.add(event(EventName.REFUNDED, requested, now, idempotencyKey, true, eventPsp));
        return new RefundOutcome(last(), null);
    }

    /**
     * Before authorization: TERMINATED, the whole amount cancelled. After: still AUTHORIZED, whatever is not captured
     * is cancelled. {@code cancelTransactionOnly} refuses to touch an authorized payment (6060).
     */
    PaymentEvent cancel(boolean transactionOnly, Instant now, String idempotencyKey, String eventPsp) {
        switch (state) {
            case CREATED -> {
                state = PaymentState.TERMINATED;
                cancelledAmount = amount.value();
                pendingApproval = null;
                pendingUntil = null;
                events.add(event(EventName.TERMINATED, amount, now, idempotencyKey, true, eventPsp));
                return last();
            }
            case TERMINATED -> throw ApiProblem.of(ErrorCode.WRONG_STATE_FOR_CANCEL, "The payment is already cancelled");
            case ABORTED, EXPIRED -> throw ApiProblem.of(ErrorCode.CANNOT_CANCEL_NOT_RESERVED,
                    "The payment is " + state + "; nothing is reserved");
            default -> { }
        }
        if (transactionOnly) {
            throw ApiProblem.of(ErrorCode.CANNOT_CANCEL_AUTHORIZED,
                    "The payment is authorized and cancelTransactionOnly was set");
        }
        long remaining = authorizedAmount - capturedAmount - cancelledAmount;
        if (remaining == 0 && cancelledAmount > 0) {
            throw ApiProblem.of(ErrorCode.WRONG_STATE_FOR_CANCEL, "The payment is already cancelled");
        }
        if (remaining == 0) {
            throw ApiProblem.of(ErrorCode.CANNOT_CANCEL_CAPTURED, "The full amount is captured; refund it instead");
        }
        cancelledAmount += remaining;
        events.add(event(EventName.CANCELLED, amount.withValue(remaining), now, idempotencyKey, true, eventPsp));
        return last();
    }

    // --- helpers

    private void requireOpen() {
        if (state == PaymentState.AUTHORIZED) {
            throw ApiProblem.of(ErrorCode.ALREADY_RESERVED, "The payment is already authorized");
        }
        if (state != PaymentState.CREATED) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "The payment is " + state + " and can no longer be approved");
        }
    }

    private void requireModificationAmount(Money requested) {
        if (!requested.currency().equals(amount.currency())) {
            throw ApiProblem.invalid(ErrorCode.INVALID_AMOUNT, "modificationAmount.currency",
                    "must be " + amount.currency() + ", the payment's currency");
        }
        if (requested.value() <= 0) {
            throw ApiProblem.invalid(ErrorCode.INVALID_AMOUNT, "modificationAmount.value", "must be more than 0");
        }
    }

    private PaymentEvent event(EventName name, Money money, Instant now, String idempotencyKey, boolean success,
            String eventPsp) {
        return new PaymentEvent(request.reference(), eventPsp, name, money, now, idempotencyKey, success);
    }

    private PaymentEvent last() {
        return events.get(events.size() - 1);
    }

    /** Takes the payment's lock, or answers 423 (6160) when another operation holds it too long. */
    void lock() {
        try {
            if (!lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiProblem.of(ErrorCode.ORDER_PROCESSING, "Another operation on this payment is in progress");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.of(ErrorCode.ORDER_PROCESSING, "Interrupted while waiting for the payment");
        }
    }

    void unlock() {
        lock.unlock();
    }

    // --- reading

    public SalesUnit unit() {
        return unit;
    }

    public String msn() {
        return unit.msn();
    }

    public String reference() {
        return request.reference();
    }

    public String pspReference() {
        return pspReference;
    }

    public String redirectToken() {
        return redirectToken;
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public String createIdempotencyKey() {
        return createIdempotencyKey;
    }

    public Money amount() {
        return amount;
    }

    /** The amount the merchant asked for, before any Express shipping. */
    public Money requestedAmount() {
        return request.amount();
    }

    public PaymentState state() {
        return state;
    }

    public String paymentMethodType() {
        return request.paymentMethodType();
    }

    public String userFlow() {
        return request.userFlow();
    }

    public String returnUrl() {
        return request.returnUrl();
    }

    public String customerPhone() {
        return request.customer() == null ? null : request.customer().phoneNumber();
    }

    /** The claims the merchant asked for, in the order asked. */
    public List<String> scopes() {
        return request.scopes();
    }

    public ShippingRequest shipping() {
        return request.shipping();
    }

    public boolean isExpress() {
        return request.shipping() != null;
    }

    public JsonNode receipt() {
        return request.receipt();
    }

    public String paymentDescription() {
        return request.paymentDescription();
    }

    public Map<String, String> metadata() {
        return request.metadata();
    }

    public String qrFormat() {
        return request.qrFormat();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant authorizedAt() {
        return authorizedAt;
    }

    public boolean isPending() {
        return pendingUntil != null || pendingApproval != null;
    }

    public long authorizedAmount() {
        return authorizedAmount;
    }

    public long cancelledAmount() {
        return cancelledAmount;
    }

    public long capturedAmount() {
        return capturedAmount;
    }

    public long refundedAmount() {
        return refundedAmount;
    }

    public Approval approval() {
        return approval;
    }

    public List<PaymentEvent> events() {
        return List.copyOf(events);
    }

    /** The end of the capture guarantee, for the authorized webhook. */
    public Instant captureGuaranteedUntil() {
        return authorizedAt == null ? null : authorizedAt.plus(unit.market().captureDeadline());
    }

    /** What a refund attempt did: its event, and the failure to answer with when it failed. */
    record RefundOutcome(PaymentEvent event, ApiProblem failure) {
    }
}
