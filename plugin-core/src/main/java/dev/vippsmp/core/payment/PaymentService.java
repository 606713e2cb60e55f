package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.epayment.CreatePaymentRequest;
import dev.vippsmp.core.client.epayment.CreatePaymentResponse;
import dev.vippsmp.core.client.epayment.PaymentEvent;
import dev.vippsmp.core.client.epayment.ShippingGroup;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.ordermanagement.OrderCategory;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.internal.CompletionEngine;
import dev.vippsmp.core.payment.internal.CreateRequests;
import dev.vippsmp.core.payment.internal.MoneyOperations;
import dev.vippsmp.core.payment.internal.PaymentEntity;
import dev.vippsmp.core.payment.internal.PaymentRecords;
import dev.vippsmp.core.payment.internal.References;
import dev.vippsmp.core.payment.internal.ShippingGroups;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment lifecycle, for the checkout and the admin: start a payment for an order, complete it (the one path
 * used by the return page, the webhook consumer and the reconciler), capture, refund and cancel, and look
 * payments up.
 */
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final long MAX_AMOUNT = dev.vippsmp.core.settings.Market.MAXIMUM_AMOUNT;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VippsClient client;
    private final SettingsService settings;
    private final VippsShop shop;
    private final PaymentRecords records;
    private final CompletionEngine completion;
    private final MoneyOperations money;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PollSchedule schedule;
    private final ApplicationEventPublisher events;

    /** The plugin's own tables behind payments, for the host's persistence unit. */
    public static final List<String> ENTITY_CLASSES = List.of(PaymentEntity.class.getName());

    /** How long a payment the vendor does not know may still be on its way there (the create call in flight). */
    private static final Duration NOT_FOUND_GRACE = Duration.ofMinutes(2);

    private PaymentService(VippsClient client, SettingsService settings, VippsShop shop, PaymentRecords records,
            CompletionEngine completion, MoneyOperations money, TransactionTemplate transactions, Clock clock,
            PollSchedule schedule, ApplicationEventPublisher events) {
        this.client = client;
        this.settings = settings;
        this.shop = shop;
        this.records = records;
        this.completion = completion;
        this.money = money;
        this.transactions = transactions;
        this.clock = clock;
        this.schedule = schedule;
        this.events = events;
    }

    /**
     * The payment lifecycle on the shop's persistence unit and transactions.
     *
     * @param schedule when the reconciler first reads a new payment, how long an immediate capture may take before
     *        the reconciler takes it over, and how soon a failed completion is tried again
     */
    public static PaymentService create(VippsClient client, SettingsService settings, VippsShop shop,
            EntityManager entityManager, TransactionTemplate transactions, Clock clock,
            PollSchedule schedule) {
        return create(client, settings, shop, entityManager, transactions, clock, schedule, event -> { });
    }

    /**
     * The same, publishing a {@link PaymentChanged} through {@code events} each time a completion moves a payment,
     * once its change is committed.
     */
    public static PaymentService create(VippsClient client, SettingsService settings, VippsShop shop,
            EntityManager entityManager, TransactionTemplate transactions, Clock clock,
            PollSchedule schedule, ApplicationEventPublisher events) {
        PaymentRecords records = new PaymentRecords(entityManager);
        CompletionEngine completion = new CompletionEngine(client.payments(), client.userinfo(), records, shop,
                transactions, clock, schedule, NOT_FOUND_GRACE);
        return new PaymentService(client, settings, shop, records, completion,
                new MoneyOperations(client.payments(), records, transactions), transactions, clock,
                schedule, events);
    }

    /**
     * Creates a payment for the order at the vendor: amount = the order's total, the order lines as receipt, the
     * profile scopes and delivery the flow needs. A pending earlier attempt for the same order is cancelled first;
     * an order that already has money reserved or captured is refused.
     *
     * @throws PaymentOperationException when the plugin refuses before calling the vendor
     * @throws VippsApiException when the vendor refuses or cannot be reached
     */
    public Initiation initiate(InitiationRequest request) {
        PluginSettings current = settings.current();
        if (!current.isUsable()) {
            throw new PaymentOperationException(Reason.NOT_CONFIGURED,
                    "Vipps MobilePay is disabled or its keys for " + current.environment() + " are incomplete");
        }
        if (request.returnUrl() == null || request.returnUrl().isBlank()) {
            throw new PaymentOperationException(Reason.INVALID_REQUEST, "A return URL is required");
        }
        ShopOrder order = shop.findOrder(request.orderId()).orElseThrow(() -> new PaymentOperationException(
                Reason.ORDER_NOT_FOUND, "No order " + request.orderId()));
        checkOrder(order, current);

        int attempt = transactions.execute(status -> records.lastAttempt(order.id())) + 1;
        String reference = References.reference(current.referencePrefix(), order.id(), attempt);
        String callbackToken = request.flow() == PaymentFlow.EXPRESS ? newToken() : null;
        // Built first, so a request the plugin cannot make stores nothing.
        CreatePaymentRequest body = CreateRequests.build(order, reference, request.flow(), request.returnUrl(),
                request.phoneNumber(), request.shippingCallbackUrl(), callbackToken, current, shop);
        boolean captureAtOnce = current.capturePolicy() == CapturePolicy.ON_AUTHORIZATION
                || current.capturePolicy() == CapturePolicy.WHEN_NOTHING_SHIPS && !order.anythingShips();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PaymentEntity entity = new PaymentEntity(order.id(), reference, attempt, request.flow(), order.totalMinor(),
                order.currency(), captureAtOnce, callbackToken, now, schedule.firstPoll(now));
        transactions.executeWithoutResult(status -> records.insert(entity));
        // Earlier attempts are settled after this one exists, so none of them counts as the order's latest and
        // none tells the shop that the order failed while the buyer is paying again.
        settlePreviousAttempts(order.id(), reference);

        CreatePaymentResponse created;
        try {
            created = client.payments().create(body, References.createKey(reference));
        } catch (VippsApiException e) {
            if (!e.isRetryable()) {
                completion.failCreation(reference, "refused by the vendor: " + e.getMessage());
            }
            // Otherwise the outcome is unknown: the reconciler reads the payment back and settles it.
            throw e;
        }
        transactions.executeWithoutResult(status -> records.recordRedirect(reference, created.redirectUrl()));
        return new Initiation(reference, created.redirectUrl(), find(reference).orElseThrow());
    }

    /**
     * Express checkout from a cart: the shop makes an order of it, and the payment asks the app for the buyer's
     * address and delivery when anything ships, else only for name, email and phone (and the address, without a
     * delivery, when the settings always ask for one).
     */
    public Initiation initiateExpress(String cartId, String returnUrl, String shippingCallbackUrl) {
        return initiateExpressForOrder(shop.createOrderFromCart(cartId), returnUrl, shippingCallbackUrl);
    }

    /**
     * Express checkout for an order the shop has already made from a cart (so the caller knows the order before
     * the payment exists, or starts a new attempt for it): the same choice of address and delivery, or only name,
     * email and phone (perhaps with the address), as {@link #initiateExpress}.
     */
    public Initiation initiateExpressForOrder(String orderId, String returnUrl, String shippingCallbackUrl) {
        ShopOrder order = shop.findOrder(orderId).orElseThrow(() -> new PaymentOperationException(
                Reason.ORDER_NOT_FOUND, "No order " + orderId));
        return initiate(new InitiationRequest(orderId, expressFlow(order), returnUrl, shippingCallbackUrl, null));
    }

    /**
     * Only goods that ship make a payment Express. Asking for an address for a cart with nothing to ship stays
     * profile sharing: Express would offer the shop's priced deliveries, and a buyer of downloads could pay postage.
     */
    private PaymentFlow expressFlow(ShopOrder order) {
        if (order.anythingShips()) {
            return PaymentFlow.EXPRESS;
        }
        return settings.current().express().alwaysAskForAddress() ? PaymentFlow.PROFILE_WITH_ADDRESS
                : PaymentFlow.PROFILE_SHARING;
    }

    /**
     * The one completion path: re-reads the payment from the vendor, moves the stored payment by a guarded
     * transition and tells the shop once; then captures at once (capture policy) or releases a second payment
     * for an order already paid. Safe to call any number of times, from any node, at the same time.
     */
    public CompletionResult complete(String reference, Trigger trigger) {
        Optional<CompletionEngine.Result> done = completion.complete(reference);
        if (done.isEmpty()) {
            return CompletionResult.unknown(reference);
        }
        CompletionEngine.Result result = done.get();
        if (result.changed() && result.payment().status() != PaymentStatus.CREATED) {
            log.info("Payment {} is now {} (via {})", reference, result.payment().status(), trigger);
        }
        if (result.changed()) {
            publish(new PaymentChanged(result.payment(), result.told(), trigger));
        }
        if (result.enteredAuthorization() && !result.payment().flagged()) {
            linkOrderInApp(result.payment());
        }
        if (result.captureNow()) {
            captureAll(reference);
            return resultOf(reference, result);
        }
        if (result.cancelNow()) {
            log.warn("Payment {} is a second payment for order {}; releasing it", reference,
                    result.payment().orderId());
            cancel(reference);
        }
        return new CompletionResult(reference, result.payment().status(), result.changed(), result.told());
    }

    /** Tells listeners; one that fails never undoes or blocks the completion, which is committed already. */
    private void publish(PaymentChanged change) {
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.warn("A listener failed on the change of payment {} ({})", change.payment().reference(), e.toString());
        }
    }

    /** Shows a link to the order in the app's payment history (Order Management); a failure costs only the link. */
    private void linkOrderInApp(Payment payment) {
        Optional<String> url = shop.findOrder(payment.orderId()).map(ShopOrder::orderUrl)
                .filter(link -> link != null && link.startsWith("https://"));
        if (url.isEmpty()) {
            return;
        }
        try {
            client.orderManagement().putCategory(payment.reference(),
                    new OrderCategory("ORDER_CONFIRMATION", url.get(), null));
        } catch (VippsApiException e) {
            log.warn("The order link for payment {} was not set ({})", payment.reference(), e.getMessage());
        }
    }

    private void captureAll(String reference) {
        Payment payment = find(reference).orElseThrow();
        if (payment.capturableMinor() > 0) {
            try {
                capture(reference, payment.capturableMinor());
            } catch (VippsApiException e) {
                log.warn("Capture of payment {} at authorization failed ({}); the reconciler will try again",
                        reference, e.getMessage());
            }
        }
    }

    private CompletionResult resultOf(String reference, CompletionEngine.Result first) {
        Payment now = find(reference).orElseThrow();
        return new CompletionResult(reference, now.status(), first.changed(), first.told());
    }

    /** Captures part or all of what is reserved, then completes; returns the payment afterwards. */
    public Payment capture(String reference, long amountMinor) {
        money.capture(reference, amountMinor);
        complete(reference, Trigger.OPERATION);
        return find(reference).orElseThrow();
    }

    /** Refunds part or all of what was captured, then completes. */
    public Payment refund(String reference, long amountMinor) {
        money.refund(reference, amountMinor);
        complete(reference, Trigger.OPERATION);
        return find(reference).orElseThrow();
    }

    /** Releases what is not captured (before authorization: ends the payment), then completes. */
    public Payment cancel(String reference) {
        money.cancel(reference, false);
        complete(reference, Trigger.OPERATION);
        return find(reference).orElseThrow();
    }

    public Optional<Payment> find(String reference) {
        return transactions.execute(status -> records.find(reference));
    }

    /** Every attempt for the order, oldest first. */
    public List<Payment> forOrder(String orderId) {
        return transactions.execute(status -> records.forOrder(orderId));
    }

    /** A page of payments, newest first, optionally only some statuses and only flagged ones. */
    public List<Payment> page(Collection<PaymentStatus> statuses, Boolean flagged, int offset, int limit) {
        return page(null, statuses, flagged, offset, limit);
    }

    public long count(Collection<PaymentStatus> statuses, Boolean flagged) {
        return count(null, statuses, flagged);
    }

    /**
     * A page of payments, newest first, whose reference or order id contains {@code search} in any case (null or
     * blank: all), optionally only some statuses and only flagged ones.
     */
    public List<Payment> page(String search, Collection<PaymentStatus> statuses, Boolean flagged, int offset,
            int limit) {
        return transactions.execute(status -> records.page(searchTerm(search), statuses, flagged, offset,
                Math.min(limit, 500)));
    }

    /** How many payments {@link #page(String, Collection, Boolean, int, int)} pages through. */
    public long count(String search, Collection<PaymentStatus> statuses, Boolean flagged) {
        return transactions.execute(status -> records.count(searchTerm(search), statuses, flagged));
    }

    private static String searchTerm(String search) {
        return search == null || search.isBlank() ? null : search.strip();
    }

    /** The payment's event log at the vendor, for support. */
    public List<PaymentEvent> events(String reference) {
        return client.payments().events(reference);
    }

    /**
     * The delivery groups for an Express payment's dynamic shipping callback, or an empty list when the shop
     * cannot deliver to the address.
     */
    public List<ShippingGroup> shippingOptions(String reference, Address address) {
        Payment payment = find(reference).orElseThrow(() -> new PaymentOperationException(
                Reason.PAYMENT_NOT_FOUND, "No payment " + reference));
        return ShippingGroups.of(shop.quoteShipping(payment.orderId(), address), payment.currency());
    }

    /** Whether the shipping callback's Authorization token is the one sent for this payment (constant time). */
    public boolean verifyCallbackToken(String reference, String token) {
        if (token == null) {
            return false;
        }
        String expected = transactions.execute(status -> records.findEntity(reference)
                .map(PaymentEntity::getCallbackToken).orElse(null));
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** References of payments whose next poll is due, most overdue first (the reconciler's work list). */
    public List<String> dueForPolling(int limit) {
        return transactions.execute(status -> records.due(clock.instant(), limit));
    }

    /**
     * Sets when the reconciler next reads the payment (null: not again) and counts the poll; bookkeeping only, it
     * never changes the payment's state.
     */
    public void schedulePoll(String reference, Instant next) {
        transactions.executeWithoutResult(status -> records.schedulePoll(reference, next, true));
    }

    /** Flags a payment for an admin and stops polling it (e.g. never final after hours). */
    public void flagForAdmin(String reference, String reason) {
        transactions.executeWithoutResult(status -> records.flag(reference, reason));
    }

    /** Captures everything still reserved (the capture policy's immediate capture, or its recovery). */
    public void captureRemaining(String reference) {
        captureAll(reference);
    }

    private void checkOrder(ShopOrder order, PluginSettings current) {
        if (!current.currency().equals(order.currency())) {
            throw new PaymentOperationException(Reason.CURRENCY_MISMATCH, "Order " + order.id() + " is in "
                    + order.currency() + " but " + current.brand().displayName() + " in market "
                    + current.market() + " takes only " + current.currency());
        }
        if (order.totalMinor() < current.market().minimumAmount() || order.totalMinor() > MAX_AMOUNT) {
            throw new PaymentOperationException(Reason.AMOUNT_OUT_OF_RANGE, "Order total " + order.totalMinor()
                    + " is outside " + current.market().minimumAmount() + ".." + MAX_AMOUNT + " minor units");
        }
    }

    /** Refreshes earlier attempts; refuses when one holds money, cancels those still waiting for the buyer. */
    private void settlePreviousAttempts(String orderId, String newReference) {
        for (Payment previous : forOrder(orderId)) {
            if (previous.reference().equals(newReference)) {
                continue;
            }
            Payment fresh = previous;
            if (previous.status() == PaymentStatus.CREATED) {
                try {
                    complete(previous.reference(), Trigger.OPERATION);
                } catch (VippsApiException e) {
                    log.warn("Could not refresh earlier payment {} ({})", previous.reference(), e.getMessage());
                }
                fresh = find(previous.reference()).orElse(previous);
            }
            if (fresh.status().wasAuthorized() && fresh.authorizedMinor() - fresh.cancelledMinor() > 0
                    && fresh.status() != PaymentStatus.REFUNDED) {
                completion.failCreation(newReference, "not sent: the order already has money reserved");
                throw new PaymentOperationException(Reason.ALREADY_PAID,
                        "Order " + orderId + " already has money reserved or captured (" + fresh.reference() + ")");
            }
            if (fresh.status() == PaymentStatus.CREATED) {
                try {
                    money.cancel(fresh.reference(), true);
                    complete(fresh.reference(), Trigger.OPERATION);
                } catch (RuntimeException e) {
                    // If it was authorized meanwhile, the completion flags the later payment as a second one.
                    log.warn("Could not cancel earlier payment {} ({})", fresh.reference(), e.getMessage());
                }
            }
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
