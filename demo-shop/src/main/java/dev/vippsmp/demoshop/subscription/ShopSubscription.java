package dev.vippsmp.demoshop.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's sign-up to a plan, with a copy of what was agreed, and how its periods went. */
@Entity
@Table(name = "shop_subscription")
class ShopSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "plan_name", nullable = false, length = 45)
    private String planName;

    @Column(nullable = false)
    private boolean ships;

    @Column(name = "interval_unit", nullable = false, length = 8)
    private String intervalUnit;

    @Column(name = "interval_count", nullable = false)
    private int intervalCount;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriptionState status;

    @Column(name = "periods_charged", nullable = false)
    private int periodsCharged;

    @Column(name = "last_failure", length = 40)
    private String lastFailure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ShopSubscription() {
    }

    ShopSubscription(long customerId, PlanView plan, String language, Instant now) {
        this.customerId = customerId;
        this.planId = plan.id();
        this.planName = plan.name();
        this.ships = plan.ships();
        this.intervalUnit = plan.intervalUnit();
        this.intervalCount = plan.intervalCount();
        this.priceMinor = plan.price().minor();
        this.currency = plan.price().currencyCode();
        this.language = language;
        this.status = SubscriptionState.SIGNING_UP;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void status(SubscriptionState status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void periodCharged(Instant now) {
        this.periodsCharged++;
        this.lastFailure = null;
        this.updatedAt = now;
    }

    void periodFailed(String reason, Instant now) {
        this.lastFailure = reason;
        this.updatedAt = now;
    }

    SubscriptionRecord toRecord() {
        return new SubscriptionRecord(id, customerId, planId, planName, ships, intervalUnit, intervalCount, priceMinor,
                currency, language, status, periodsCharged, lastFailure, createdAt);
    }
}
