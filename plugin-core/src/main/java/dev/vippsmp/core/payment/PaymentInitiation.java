package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.CreatePaymentRequest;
import dev.vippsmp.core.client.epayment.CreatePaymentResponse;
import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException.Reason;
import dev.vippsmp.core.payment.internal.CreateRequests;
import dev.vippsmp.core.payment.internal.PaymentEntity;
import dev.vippsmp.core.payment.internal.PaymentReads;
import dev.vippsmp.core.payment.internal.PaymentRecords;
import dev.vippsmp.core.payment.internal.References;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.CapturePolicy;
import dev.vippsmp.core.settings.Market;
import dev.vippsmp.core.settings.PluginSettings;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting a payment for an order: checks the order against the settings, stores the attempt, settles earlier
 * attempts of the order, and creates the payment at the vendor. Express checkout chooses its flow here: Express
 * (address and delivery in the app) only when something ships, else profile sharing (name, email, phone).
 */
public final class PaymentInitiation {

    private static final Logger log = LoggerFactory.getLogger(PaymentInitiation.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EPaymentApi vendor;
    private final SettingsService settings;
    private final VippsShop shop;
    private final PaymentRecords records;
    private final PaymentReads reads;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PollSchedule schedule;
    private final PaymentCompletion completion;
    private final MoneyMovements money;

    PaymentInitiation(EPaymentApi vendor, SettingsService settings, VippsShop shop, PaymentRecords records,
            PaymentReads reads, TransactionTemplate transactions, Clock clock, PollSchedule schedule,
            PaymentCompletion completion, MoneyMovements money) {
        this.vendor = vendor;
        this.settings = settings;
        this.shop = shop;
        this.records = records;
        this.reads = reads;
        this.transactions = transactions;
        this.clock = clock;
        this.schedule = schedule;
        this.completion = completion;
        this.money = money;
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
        ShopOrder order = order(request.orderId());
        checkOrder(order, current);

        int attempt = reads.read(records -> records.lastAttempt(order.id())) + 1;
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
            created = vendor.create(body, References.createKey(reference));
        } catch (VippsApiException e) {
            if (!e.isRetryable()) {
                completion.failCreation(reference, "refused by the vendor: " + e.getMessage());
            }
            // Otherwise the outcome is unknown: the reconciler reads the payment back and settles it.
            throw e;
        }
        transactions.executeWithoutResult(status -> records.recordRedirect(reference, created.redirectUrl()));
        return new Initiation(reference, created.redirectUrl(), money.stored(reference));
    }

    /**
     * Express checkout for an order the shop has made from a cart: the payment asks the app for the buyer's
     * address and delivery when anything ships, else only for name, email and phone (and the address, without a
     * delivery, when the settings always ask for one).
     */
    public Initiation initiateExpress(String orderId, String returnUrl, String shippingCallbackUrl) {
        return initiate(new InitiationRequest(orderId, expressFlow(order(orderId)), returnUrl, shippingCallbackUrl,
                null));
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

    private ShopOrder order(String orderId) {
        return shop.findOrder(orderId).orElseThrow(() -> new PaymentOperationException(Reason.ORDER_NOT_FOUND,
                "No order " + orderId));
    }

    private static void checkOrder(ShopOrder order, PluginSettings current) {
        if (!current.currency().equals(order.currency())) {
            throw new PaymentOperationException(Reason.CURRENCY_MISMATCH, "Order " + order.id() + " is in "
                    + order.currency() + " but " + current.brand().displayName() + " in market "
                    + current.market() + " takes only " + current.currency());
        }
        if (order.totalMinor() < current.market().minimumAmount() || order.totalMinor() > Market.MAXIMUM_AMOUNT) {
            throw new PaymentOperationException(Reason.AMOUNT_OUT_OF_RANGE, "Order total " + order.totalMinor()
                    + " is outside " + current.market().minimumAmount() + ".." + Market.MAXIMUM_AMOUNT
                    + " minor units");
        }
    }

    /** Refreshes earlier attempts; refuses when one holds money, cancels those still waiting for the buyer. */
    private void settlePreviousAttempts(String orderId, String newReference) {
        List<Payment> earlier = reads.forOrder(orderId);
        for (Payment previous : earlier) {
            if (previous.reference().equals(newReference)) {
                continue;
            }
            Payment fresh = previous;
            if (previous.status() == PaymentStatus.CREATED) {
                try {
                    completion.complete(previous.reference(), Trigger.OPERATION);
                } catch (VippsApiException e) {
                    log.warn("Could not refresh earlier payment {} ({})", previous.reference(), e.getMessage());
                }
                fresh = money.stored(previous.reference());
            }
            if (fresh.status().wasAuthorized() && fresh.authorizedMinor() - fresh.cancelledMinor() > 0
                    && fresh.status() != PaymentStatus.REFUNDED) {
                completion.failCreation(newReference, "not sent: the order already has money reserved");
                throw new PaymentOperationException(Reason.ALREADY_PAID,
                        "Order " + orderId + " already has money reserved or captured (" + fresh.reference() + ")");
            }
            if (fresh.status() == PaymentStatus.CREATED) {
                try {
                    money.cancelBeforeAuthorization(fresh.reference());
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
