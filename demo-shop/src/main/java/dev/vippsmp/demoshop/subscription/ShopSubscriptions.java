package dev.vippsmp.demoshop.subscription;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's records of sign-ups: made when a customer subscribes, then moved by what the payment provider
 * reports. Each change joins the caller's transaction, so a report and its record change together or not at all.
 */
@Service
public class ShopSubscriptions {

    private final ShopSubscriptionRepository subscriptions;
    private final Clock clock;

    ShopSubscriptions(ShopSubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** A new sign-up of the customer to the plan, waiting for the customer to agree. */
    @Transactional
    public SubscriptionRecord signUp(long customerId, PlanView plan, String language) {
        return subscriptions.saveAndFlush(new ShopSubscription(customerId, plan, language, clock.instant()))
                .toRecord();
    }

    @Transactional(readOnly = true)
    public Optional<SubscriptionRecord> find(long id) {
        return subscriptions.findById(id).map(ShopSubscription::toRecord);
    }

    @Transactional
    public void changeStatus(long id, SubscriptionState status) {
        subscription(id).status(status, clock.instant());
    }

    @Transactional
    public void periodCharged(long id) {
        subscription(id).periodCharged(clock.instant());
    }

    @Transactional
    public void periodFailed(long id, String reason) {
        subscription(id).periodFailed(reason, clock.instant());
    }

    private ShopSubscription subscription(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new IllegalArgumentException("No subscription " + id));
    }
}
