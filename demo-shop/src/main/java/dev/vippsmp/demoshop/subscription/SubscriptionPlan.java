package dev.vippsmp.demoshop.subscription;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A plan customers subscribe to: what one period brings, how long a period is, its texts and prices. */
@Entity
@Table(name = "subscription_plan")
class SubscriptionPlan {

    static final String FALLBACK_LANGUAGE = "en";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false)
    private boolean ships;

    @Column(name = "interval_unit", nullable = false, length = 8)
    private String intervalUnit;

    @Column(name = "interval_count", nullable = false)
    private int intervalCount;

    @Column(nullable = false, length = 120)
    private String image;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "subscription_plan_text", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, PlanText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "subscription_plan_price", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "currency", length = 3)
    @Column(name = "amount_minor", nullable = false)
    private Map<String, Long> prices = new HashMap<>();

    protected SubscriptionPlan() {
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    boolean ships() {
        return ships;
    }

    String intervalUnit() {
        return intervalUnit;
    }

    int intervalCount() {
        return intervalCount;
    }

    String image() {
        return image;
    }

    /** The text in the language asked for, else in English. */
    PlanText text(Locale locale) {
        PlanText text = texts.get(locale.getLanguage());
        return text != null ? text : texts.get(FALLBACK_LANGUAGE);
    }

    Optional<Long> priceMinor(String currencyCode) {
        return Optional.ofNullable(prices.get(currencyCode));
    }
}
