package dev.vippsmp.recurring.web;

import dev.vippsmp.recurring.SubscriptionEvent.Source;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.VippsSubscriptions;
import dev.vippsmp.recurring.spi.SubscriptionOrder;
import dev.vippsmp.recurring.spi.SubscriptionShop;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where the app sends the subscriber back ({@code merchantRedirectUrl}): reads the agreement again through the one
 * completion path, then sends the subscriber on to the shop's page for the order. The order id in the address is
 * all it takes, and all it can do is re-read that agreement, so a guessed id changes nothing the vendor has not.
 */
@Controller
class RecurringReturnController {

    /** What a shop's order id may be here: what the plugin sends as {@code externalId}, 1 to 64 plain characters. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger log = LoggerFactory.getLogger(RecurringReturnController.class);

    private final VippsSubscriptions subscriptions;
    private final SubscriptionShop shop;

    RecurringReturnController(VippsSubscriptions subscriptions, SubscriptionShop shop) {
        this.subscriptions = subscriptions;
        this.shop = shop;
    }

    @GetMapping(VippsSubscriptions.RETURN_PATH)
    View returned(@RequestParam(name = "order", required = false) String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No valid order in the return address");
        }
        Subscription subscription = subscriptions.findByOrder(orderId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No subscription for that order"));
        SubscriptionOrder order = shop.findSubscriptionOrder(orderId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No subscription order"));
        try {
            subscriptions.refresh(subscription.agreementId(), Source.RETURN);
        } catch (VippsApiException e) {
            // The subscriber still lands on the shop's page; the poller and the webhook complete the agreement later.
            log.warn("Reading agreement {} on return failed: {}", subscription.agreementId(), e.getMessage());
        }
        // A view rather than a "redirect:" name: the view resolvers cache a view per name, and this one is per order.
        return new RedirectView(order.returnPage(), true);
    }
}
