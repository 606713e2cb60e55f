package dev.vippsmp.demoshop.subscription;

import dev.vippsmp.demoshop.web.ClientError;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's page; subscribing is offered by the payment plugin in the page's subscribe slot. */
@Controller
class PlanController {

    static final String PLAN_VIEW = "subscription/plan";

    private final SubscriptionPlans plans;

    PlanController(SubscriptionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/subscriptions/{slug}")
    String plan(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("plan", plans.bySlug(slug, locale)
                .orElseThrow(() -> ClientError.notFound("error.plan-not-found")));
        return PLAN_VIEW;
    }
}
