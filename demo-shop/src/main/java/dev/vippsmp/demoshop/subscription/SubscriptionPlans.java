package dev.vippsmp.demoshop.subscription;

import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans on sale in the shop's market; one without a price in the market's currency is not for sale. */
@Service
@Transactional(readOnly = true)
public class SubscriptionPlans {

    private final SubscriptionPlanRepository plans;
    private final Market market;

    SubscriptionPlans(SubscriptionPlanRepository plans, Market market) {
        this.plans = plans;
        this.market = market;
    }

    public List<PlanView> forSale(Locale locale) {
        return plans.findByActiveTrueOrderByPosition().stream().map(plan -> view(plan, locale))
                .flatMap(Optional::stream).toList();
    }

    public Optional<PlanView> bySlug(String slug, Locale locale) {
        return plans.findBySlugAndActiveTrue(slug).flatMap(plan -> view(plan, locale));
    }

    public Optional<PlanView> byId(long id, Locale locale) {
        return plans.findByIdAndActiveTrue(id).flatMap(plan -> view(plan, locale));
    }

    private Optional<PlanView> view(SubscriptionPlan plan, Locale locale) {
        return plan.priceMinor(market.currency().getCurrencyCode()).map(price -> {
            PlanText text = plan.text(locale);
            return new PlanView(plan.id(), plan.slug(), text.name(), text.description(), plan.image(), plan.ships(),
                    plan.intervalUnit(), plan.intervalCount(), new Money(price, market.currency()));
        });
    }
}
