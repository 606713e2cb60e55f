package dev.vippsmp.simulator.epayment;

import dev.vippsmp.simulator.auth.Caller;
import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.config.TestUser;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.Fields;
import dev.vippsmp.simulator.idempotency.IdempotencyStore;
import dev.vippsmp.simulator.limits.RateLimiter;
import dev.vippsmp.simulator.profile.Consents;
import dev.vippsmp.simulator.profile.ProfileRelease;
import dev.vippsmp.simulator.profile.ProfileSharing;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The ePayment operations: the merchant's (create, read, capture, refund, cancel) and the customer's (approve,
 * reject), plus expiry. Each change runs under the payment's lock and publishes its event while still holding it, so
 * webhooks leave in the order the events happened.
 */
@Service
public class PaymentService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentStore store;
    private final CreatePaymentParser parser;
    private final IdempotencyStore idempotency;
    private final RateLimiter rateLimiter;
    private final Consents consents;
    private final ProfileSharing profileSharing;
    private final SimulatorClock clock;
    private final SimulatorProperties.Payments settings;
    private final ApplicationEventPublisher publisher;

    PaymentService(PaymentStore store, CreatePaymentParser parser, IdempotencyStore idempotency,
            RateLimiter rateLimiter, Consents consents, ProfileSharing profileSharing, SimulatorClock clock,
            SimulatorProperties properties, ApplicationEventPublisher publisher) {
        this.store = store;
        this.parser = parser;
        this.idempotency = idempotency;
        this.rateLimiter = rateLimiter;
        this.consents = consents;
        this.profileSharing = profileSharing;
        this.clock = clock;
        this.settings = properties.payments();
        this.publisher = publisher;
    }

    // --- the merchant's side

    PaymentViews.CreatePaymentResponse create(Caller caller, Fields body, String idempotencyKey, String baseUrl) {
        rateLimiter.modification(ApiOperation.CREATE_PAYMENT.operationId(), caller.msn(), referenceOf(body));
        return idempotency.execute(caller.msn() + "|create", idempotencyKey, body.node(),
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    CreatePaymentRequest request = parser.parse(body, caller.unit());
                    Instant now = clock.now();
                    String token = randomToken();
                    String redirectUrl = redirectUrl(request, baseUrl, token);
                    Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(settings.expiry());
                    Payment payment = new Payment(caller.unit(), request, newPspReference(), token, redirectUrl,
                            idempotencyKey, now, expiresAt);
                    payment.lock();
                    try {
                        if (!store.add(payment)) {
                            throw ApiProblem.of(ErrorCode.REFERENCE_EXISTS, "Reference " + request.reference()
                                    + " already exists for MSN " + caller.msn() + "; use a new reference");
                        }
                        publish(payment, payment.createdEvent(newPspReference(), idempotencyKey));
                    } finally {
                        payment.unlock();
                    }
                    return new PaymentViews.CreatePaymentResponse(
                            "PUSH_MESSAGE".equals(request.userFlow()) ? null : redirectUrl, request.reference());
                });
    }

    PaymentViews.GetPaymentResponse get(Caller caller, String reference) {
        rateLimiter.read(ApiOperation.GET_PAYMENT.operationId(), caller.subscriptionKey(), reference);
        return read(store.require(caller.msn(), reference), payment -> PaymentViews.get(payment, clock.now()));
    }

    List<PaymentEvent> events(Caller caller, String reference) {
        rateLimiter.read(ApiOperation.GET_PAYMENT_EVENT_LOG.operationId(), caller.subscriptionKey(), reference);
        return read(store.require(caller.msn(), reference), Payment::events);
    }

    PaymentViews.ModificationResponse capture(Caller caller, String reference, Fields body, String idempotencyKey) {
        rateLimiter.modification(ApiOperation.CAPTURE_PAYMENT.operationId(), caller.msn(), reference);
        return idempotency.execute(caller.msn() + "|capture|" + reference, idempotencyKey, body.node(),
                ErrorCode.CAPTURE_IDEMPOTENCY_CONFLICT, () -> {
                    Payment payment = store.require(caller.msn(), reference);
                    Money amount = modificationAmount(body);
                    return change(payment, () -> payment.capture(amount, clock.now(), idempotencyKey,
                            newPspReference()));
                });
    }

    PaymentViews.ModificationResponse refund(Caller caller, String reference, Fields body, String idempotencyKey) {
        rateLimiter.modification(ApiOperation.REFUND_PAYMENT.operationId(), caller.msn(), reference);
        return idempotency.execute(caller.msn() + "|refund|" + reference, idempotencyKey, body.node(),
                ErrorCode.REFUND_IDEMPOTENCY_CONFLICT, () -> {
                    Payment payment = store.require(caller.msn(), reference);
                    Money amount = modificationAmount(body);
                    payment.lock();
                    try {
                        refresh(payment);
                        Payment.RefundOutcome outcome = payment.refund(amount, clock.now(), idempotencyKey,
                                newPspReference());
                        publish(payment, outcome.event());
                        if (outcome.failure() != null) {
                            throw outcome.failure();
                        }
                        return PaymentViews.modification(payment);
                    } finally {
                        payment.unlock();
                    }
                });
    }

    PaymentViews.ModificationResponse cancel(Caller caller, String reference, Fields body, String idempotencyKey) {
        rateLimiter.modification(ApiOperation.CANCEL_PAYMENT.operationId(), caller.msn(), reference);
        return idempotency.execute(caller.msn() + "|cancel|" + reference, idempotencyKey, body.node(),
                ErrorCode.IDEMPOTENCY_KEY_USED, () -> {
                    Payment payment = store.require(caller.msn(), reference);
                    boolean transactionOnly = Boolean.TRUE.equals(body.bool("cancelTransactionOnly"));
                    return change(payment, () -> payment.cancel(transactionOnly, clock.now(), idempotencyKey,
                            newPspReference()));
                });
    }

    // --- the customer's side

    /**
     * The customer approves as {@code user}, sharing {@code consentedScopes} (all the merchant asked for; refusing
     * is {@link #reject}) and, for Express, the chosen delivery. The profile is released as the control API has
     * set it (by default as the vendor does).
     *
     * @param via {@code LANDING_PAGE}, {@code FORCE_APPROVE} or {@code SIMULATOR}
     */
    public AuthorizationOutcome approve(Payment payment, TestUser user, ShippingDetails shipping, String via) {
        return approve(payment, user, shipping, via, profileSharing.current());
    }

    /** The same, releasing the profile of this payment as {@code release} says. */
    public AuthorizationOutcome approve(Payment payment, TestUser user, ShippingDetails shipping, String via,
            ProfileRelease release) {
        payment.lock();
        try {
            refresh(payment);
            Instant now = clock.now();
            Payment.Approval approval = new Payment.Approval(user, payment.scopes(), shipping, via,
                    now.plus(release.profileDelay()), release.userDetails());
            AuthorizationOutcome outcome = payment.authorize(approval, now, newPspReference());
            if (outcome.kind() == AuthorizationOutcome.Kind.PENDING) {
                payment.startUnknownResult(now, settings.unknownResultDuration());
            }
            if (outcome.event() != null) {
                publish(payment, outcome.event());
            }
            if (outcome.kind() == AuthorizationOutcome.Kind.AUTHORIZED) {
                grantConsent(payment, now);
            }
            return outcome;
        } finally {
            payment.unlock();
        }
    }

    /** The customer rejects the payment or refuses to share what was asked: ABORTED. */
    public void reject(Payment payment) {
        change(payment, () -> payment.abort(clock.now(), newPspReference()));
    }

    /** Expires an open payment now, for tests that cannot wait; false when it is no longer open. */
    public boolean expireNow(Payment payment) {
        payment.lock();
        try {
            refresh(payment);
            PaymentEvent event = payment.expire(clock.now(), true, newPspReference());
            if (event != null) {
                publish(payment, event);
            }
            return event != null;
        } finally {
            payment.unlock();
        }
    }

    /** Reads a payment consistently, after expiring it or settling an undecided approval if their time has come. */
    public <T> T read(Payment payment, Function<Payment, T> reader) {
        payment.lock();
        try {
            refresh(payment);
            return reader.apply(payment);
        } finally {
            payment.unlock();
        }
    }

    /** Applies what time has decided to every open payment: expiry and undecided approvals. */
    public void sweep() {
        for (Payment payment : store.values()) {
            if (payment.state() == PaymentState.CREATED) {
                try {
                    read(payment, Function.identity());
                } catch (ApiProblem busy) {
                    // Someone else holds the payment; the next sweep gets it.
                }
            }
        }
    }

    // --- helpers

    private void refresh(Payment payment) {
        Instant now = clock.now();
        PaymentEvent expired = payment.expire(now, false, newPspReference());
        if (expired != null) {
            publish(payment, expired);
        }
        PaymentEvent resolved = payment.resolvePending(now, profileSharing.current().profileDelay(),
                newPspReference());
        if (resolved != null) {
            publish(payment, resolved);
            grantConsent(payment, now);
        }
    }

    private PaymentViews.ModificationResponse change(Payment payment, Supplier<PaymentEvent> operation) {
        payment.lock();
        try {
            refresh(payment);
            publish(payment, operation.get());
            return PaymentViews.modification(payment);
        } finally {
            payment.unlock();
        }
    }

    private void grantConsent(Payment payment, Instant now) {
        Payment.Approval approval = payment.approval();
        if (approval != null && !approval.consentedScopes().isEmpty()) {
            consents.grant(payment.msn(), approval.user().sub(payment.msn()), approval.consentedScopes(), now);
        }
    }

    private void publish(Payment payment, PaymentEvent event) {
        publisher.publishEvent(new PaymentEventPublished(payment.msn(), payment.reference(),
                event.name().webhookEvent(), PaymentViews.webhook(payment, event)));
    }

    private static Money modificationAmount(Fields body) {
        return CreatePaymentParser.money(body.requiredObject("modificationAmount", ErrorCode.INVALID_AMOUNT));
    }

    private static String redirectUrl(CreatePaymentRequest request, String baseUrl, String token) {
        if ("QR".equals(request.userFlow()) && !"TEXT/TARGETURL".equals(request.qrFormat())) {
            return baseUrl + "/simulator/qr?token=" + token;
        }
        return baseUrl + "/simulator/landing?token=" + token;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A PSP reference as the vendor's: a string of digits, one per payment and one per event. */
    static String newPspReference() {
        return String.valueOf(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
    }

    /** The reference of a create body as far as it can be read, for rate limiting before validation. */
    private static String referenceOf(Fields body) {
        var node = body.raw("reference");
        return node != null && node.isString() ? node.stringValue() : "";
    }
}
