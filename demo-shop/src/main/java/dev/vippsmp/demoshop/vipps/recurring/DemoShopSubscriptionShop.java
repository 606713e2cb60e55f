package dev.vippsmp.demoshop.vipps.recurring;

import dev.vippsmp.demoshop.customer.CustomerAccount;
import dev.vippsmp.demoshop.customer.Customers;
import dev.vippsmp.demoshop.subscription.ShopSubscriptions;
import dev.vippsmp.demoshop.subscription.SubscriptionRecord;
import dev.vippsmp.demoshop.subscription.SubscriptionState;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOrder;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.spi.SubscriptionProduct;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shop's sign-ups as the subscriptions plugin sees them: a sign-up is the subscription order (its id the order
 * id), its plan the product, and each outcome moves the shop's record. Records are changed only through
 * {@link ShopSubscriptions}, which joins the plugin's transaction, so the plugin's row and the shop's change together.
 */
@Component
class DemoShopSubscriptionShop implements SubscriptionShop {

    /** Where the customer lands after the app: "My subscriptions". */
    static final String RETURN_PAGE = "/account/subscriptions";

    /** The app pre-fills a phone number of up to 15 digits (an MSISDN); anything else is left out. */
    private static final Pattern MSISDN = Pattern.compile("\\d{8,15}");

    private static final Logger log = LoggerFactory.getLogger(DemoShopSubscriptionShop.class);

    private final ShopSubscriptions subscriptions;
    private final Customers customers;

    DemoShopSubscriptionShop(ShopSubscriptions subscriptions, Customers customers) {
        this.subscriptions = subscriptions;
        this.customers = customers;
    }

    @Override
    public Optional<SubscriptionOrder> findSubscriptionOrder(String orderId) {
        return id(orderId).flatMap(subscriptions::find).map(this::order);
    }

    @Override
    public void applyOutcome(SubscriptionOutcome outcome) {
        long id = id(outcome.orderId()).orElseThrow(() -> new IllegalArgumentException(
                "Not a subscription of this shop: " + outcome.orderId()));
        switch (outcome.kind()) {
            case AGREEMENT_ACTIVE -> subscriptions.changeStatus(id, SubscriptionState.ACTIVE);
            case AGREEMENT_REJECTED -> subscriptions.changeStatus(id, SubscriptionState.REJECTED);
            case AGREEMENT_STOPPED -> subscriptions.changeStatus(id, SubscriptionState.STOPPED);
            case AGREEMENT_EXPIRED -> subscriptions.changeStatus(id, SubscriptionState.EXPIRED);
            case PERIOD_CHARGED -> subscriptions.periodCharged(id);
            case PERIOD_FAILED -> subscriptions.periodFailed(id,
                    outcome.failureReason() == null ? "UNKNOWN" : outcome.failureReason().name());
            // The demo sells no refunds of its own; the admin's refund is in the plugin's records.
            case PERIOD_REFUNDED -> log.info("Subscription {}: period {} refunded ({} minor units {})", id,
                    outcome.period(), outcome.amount(), outcome.currency());
        }
    }

    private SubscriptionOrder order(SubscriptionRecord record) {
        String phone = customers.byId(record.customerId()).map(CustomerAccount::phone)
                .filter(number -> MSISDN.matcher(number).matches()).orElse(null);
        return new SubscriptionOrder(String.valueOf(record.id()), String.valueOf(record.customerId()),
                new SubscriptionProduct(String.valueOf(record.planId()), record.planName(), record.priceMinor(),
                        record.currency(), IntervalUnit.valueOf(record.intervalUnit()), record.intervalCount(),
                        record.ships()),
                Locale.forLanguageTag(record.language()), phone, RETURN_PAGE);
    }

    private static Optional<Long> id(String orderId) {
        try {
            return Optional.of(Long.parseLong(orderId));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
