package dev.vippsmp.demoshop.vipps;

import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.demoshop.customer.CustomerAccount;
import dev.vippsmp.demoshop.customer.Customers;
import dev.vippsmp.demoshop.subscription.PlanView;
import dev.vippsmp.demoshop.subscription.ShopSubscriptions;
import dev.vippsmp.demoshop.subscription.SubscriptionPlans;
import dev.vippsmp.demoshop.subscription.SubscriptionRecord;
import dev.vippsmp.demoshop.web.ClientError;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionStart;
import dev.vippsmp.recurring.VippsSubscriptions;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A logged-in customer's subscriptions: signing up to a plan (the customer goes on to the app to agree), "My
 * subscriptions" with the plugin's fragment, and stopping one of their own. The shop's side of the plugin itself
 * (its SubscriptionShop port) is in {@code vipps.recurring}.
 */
@Controller
class SubscriptionController {

    static final String VIEW = "vipps/subscriptions";
    /** "My subscriptions", also where the subscriptions adapter sends the customer back to after the app. */
    static final String PAGE = "/account/subscriptions";
    static final String STOP = PAGE + "/stop";

    /** The vendor's agreement ids, e.g. {@code agr_5kSeqz}; anything else is not one. */
    private static final Pattern AGREEMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> REFUSALS = Arrays.stream(SubscriptionOperationException.Reason.values())
            .map(reason -> new SubscriptionOperationException(reason, "").code()).collect(Collectors.toSet());

    private static final Logger log = LoggerFactory.getLogger(SubscriptionController.class);

    private final VippsSubscriptions plugin;
    private final ShopSubscriptions subscriptions;
    private final SubscriptionPlans plans;
    private final Customers customers;
    private final CheckoutUrls urls;

    SubscriptionController(VippsSubscriptions plugin, ShopSubscriptions subscriptions, SubscriptionPlans plans,
            Customers customers, CheckoutUrls urls) {
        this.plugin = plugin;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.customers = customers;
        this.urls = urls;
    }

    /** {@code refused} names why the last change was refused; only the plugin's own reasons are shown. */
    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String refused, Principal principal, Model model) {
        CustomerAccount customer = customer(principal);
        model.addAttribute("customer", customer);
        model.addAttribute("subscriptions", plugin.subscriptionsOf(String.valueOf(customer.id())));
        model.addAttribute("stopAction", STOP);
        model.addAttribute("refused", REFUSALS.contains(refused) ? refused : null);
        return VIEW;
    }

    /** Signs the customer up to the plan and sends them to the app to agree. */
    @PostMapping(PAGE)
    View subscribe(@RequestParam long planId, Principal principal, Locale locale, HttpServletRequest request) {
        PlanView plan = plans.byId(planId, locale).orElseThrow(() -> ClientError.notFound("error.plan-not-found"));
        CustomerAccount customer = customer(principal);
        SubscriptionRecord signUp = subscriptions.signUp(customer.id(), plan, locale.toLanguageTag());
        try {
            SubscriptionStart start = plugin.start(String.valueOf(signUp.id()), urls.base(request));
            // A view rather than a "redirect:" name: the view resolvers cache a view per name, and this URL is new for
            // every sign-up.
            return new RedirectView(start.redirectUrl().toString(), true);
        } catch (SubscriptionOperationException e) {
            log.warn("Subscription {} did not start: {}", signUp.id(), e.getMessage());
            return new RedirectView(PAGE + "?refused=" + e.code(), true);
        }
    }

    /**
     * Stops one of the customer's own subscriptions. Without the page's version: the plugin's own reads (a period
     * charged, a poll) change the record while the page is open, and the customer's wish to stop holds regardless.
     */
    @PostMapping(STOP)
    String stop(@RequestParam String agreementId, Principal principal) {
        if (!AGREEMENT_ID.matcher(agreementId).matches()) {
            throw ClientError.badRequest("error.bad-input");
        }
        CustomerAccount customer = customer(principal);
        Subscription subscription = plugin.find(agreementId)
                .filter(found -> found.customerId().equals(String.valueOf(customer.id())))
                .orElseThrow(() -> ClientError.notFound("error.subscription-not-found"));
        try {
            plugin.stop(subscription.agreementId());
            return "redirect:" + PAGE;
        } catch (SubscriptionOperationException e) {
            log.info("Stopping subscription {} refused: {}", agreementId, e.getMessage());
            return "redirect:" + PAGE + "?refused=" + e.code();
        }
    }

    private CustomerAccount customer(Principal principal) {
        return customers.byUsername(principal.getName()).orElseThrow(() -> ClientError.notFound(
                "error.subscription-not-found"));
    }
}
