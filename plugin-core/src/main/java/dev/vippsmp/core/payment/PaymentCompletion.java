package dev.vippsmp.core.payment;

import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.client.ordermanagement.OrderCategory;
import dev.vippsmp.core.client.ordermanagement.OrderManagementApi;
import dev.vippsmp.core.payment.internal.CompletionEngine;
import dev.vippsmp.core.payment.internal.EventNews;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The one completion path, used by the return page, the webhook consumer, the reconciler, the admin's "update"
 * and every money movement: re-reads the payment from the vendor, moves the stored payment by a guarded
 * transition (in {@link CompletionEngine}) and tells the shop once. Safe to call any number of times, from any
 * node, at the same time.
 */
public final class PaymentCompletion {

    private static final Logger log = LoggerFactory.getLogger(PaymentCompletion.class);

    private final CompletionEngine engine;
    private final VippsShop shop;
    private final OrderManagementApi orderManagement;
    private final ApplicationEventPublisher events;
    private MoneyMovements money;

    PaymentCompletion(CompletionEngine engine, VippsShop shop, OrderManagementApi orderManagement,
            ApplicationEventPublisher events) {
        this.engine = engine;
        this.shop = shop;
        this.orderManagement = orderManagement;
        this.events = events;
    }

    /** Money movements complete through this class, and a completion may move money: set once, at assembly. */
    void moveMoneyWith(MoneyMovements money) {
        this.money = money;
    }

    /**
     * Completes, then does what the new state asks for: captures at once (capture policy) or releases a second
     * payment for an order already paid.
     */
    public CompletionResult complete(String reference, Trigger trigger) {
        return engine.stored(reference).map(stored -> complete(stored, trigger))
                .orElseGet(() -> CompletionResult.unknown(reference));
    }

    /** The same for a payment just read from the database, which need not be read again before the vendor is. */
    private CompletionResult complete(Payment stored, Trigger trigger) {
        String reference = stored.reference();
        CompletionEngine.Result result = followUp(trigger, engine.complete(stored));
        if (result.captureNow()) {
            Payment captured = money.captureAtAuthorization(result.payment());
            return new CompletionResult(reference, captured.status(), result.changed(), result.told());
        }
        if (result.cancelNow()) {
            log.warn("Payment {} is a second payment for order {}; releasing it", reference,
                    result.payment().orderId());
            money.cancel(reference);
        }
        return new CompletionResult(reference, result.payment().status(), result.changed(), result.told());
    }

    /**
     * A webhook's event for the payment: completes like {@link #complete}, unless the stored payment already shows
     * what the event announces ({@link EventNews}); then the vendor is not asked again and nothing changes.
     */
    public CompletionResult completeOnEvent(String reference, String eventName) {
        Optional<Payment> stored = engine.stored(reference);
        if (stored.isEmpty()) {
            return CompletionResult.unknown(reference);
        }
        if (EventNews.isNews(stored.get(), eventName) && EventNews.mayAnnounceOwnMovement(eventName)) {
            // The vendor sends the event of the plugin's own capture while that capture is still running; once it
            // is done, its answer is stored and the event is usually nothing new.
            money.awaitMovement(reference);
            stored = engine.stored(reference);
        }
        if (stored.isEmpty()) {
            return CompletionResult.unknown(reference);
        }
        if (!EventNews.isNews(stored.get(), eventName)) {
            return new CompletionResult(reference, stored.get().status(), false, null);
        }
        return complete(stored.get(), Trigger.WEBHOOK);
    }

    /** The completion without its follow-ups, for a money movement that has just acted itself. */
    Optional<CompletionEngine.Result> completeOnly(String reference, Trigger trigger) {
        return engine.complete(reference).map(done -> followUp(trigger, done));
    }

    /**
     * The same with the vendor's answer to that movement, which shows the payment afterwards: no second read, and
     * {@code stored} (read before the movement) stands for the stored payment's first read.
     */
    CompletionEngine.Result completeOnly(Payment stored, Trigger trigger, PaymentDetails answered) {
        return followUp(trigger, engine.completeFrom(stored, answered));
    }

    private CompletionEngine.Result followUp(Trigger trigger, CompletionEngine.Result done) {
        if (done.changed()) {
            if (done.payment().status() != PaymentStatus.CREATED) {
                log.info("Payment {} is now {} (via {})", done.payment().reference(), done.payment().status(),
                        trigger);
            }
            publish(new PaymentChanged(done.payment(), done.told(), trigger));
            if (done.enteredAuthorization() && !done.payment().flagged()) {
                linkOrderInApp(done.payment(), done.order());
            }
        }
        return done;
    }

    /** Marks a payment the vendor refused to create (or that was never sent) as failed. */
    void failCreation(String reference, String reason) {
        engine.failCreation(reference, reason);
    }

    /** Tells listeners; one that fails never undoes or blocks the completion, which is committed already. */
    private void publish(PaymentChanged change) {
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.warn("A listener failed on the change of payment {} ({})", change.payment().reference(), e.toString());
        }
    }

    /**
     * Shows a link to the order in the app's payment history (Order Management); a failure costs only the link.
     * {@code order} is the order as the authorization read it, if it did.
     */
    private void linkOrderInApp(Payment payment, ShopOrder order) {
        Optional<String> url = Optional.ofNullable(order).or(() -> shop.findOrder(payment.orderId()))
                .map(ShopOrder::orderUrl).filter(link -> link != null && link.startsWith("https://"));
        if (url.isEmpty()) {
            return;
        }
        try {
            orderManagement.putCategory(payment.reference(), new OrderCategory("ORDER_CONFIRMATION", url.get(), null));
        } catch (VippsApiException e) {
            log.warn("The order link for payment {} was not set ({})", payment.reference(), e.getMessage());
        }
    }
}
