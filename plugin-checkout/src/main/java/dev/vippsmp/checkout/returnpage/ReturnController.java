package dev.vippsmp.checkout.returnpage;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.checkout.attempt.CheckoutAttempt;
import dev.vippsmp.checkout.attempt.CheckoutAttempts;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.checkout.payment.PaymentStarts;
import dev.vippsmp.checkout.web.CheckoutProblem;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.VippsShop;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The return page of an attempt, its status for the page's script, and "try again". The secret token is all any
 * of them needs: a wrong or made-up one finds nothing (404), and a token only ever reaches its own order.
 */
@Controller
class ReturnController {

    static final String RETURN_VIEW = "vipps/checkout/return";

    private static final Logger log = LoggerFactory.getLogger(ReturnController.class);

    private final CheckoutAttempts attempts;
    private final StatusChecks checks;
    private final PaymentWatch watch;
    private final Duration statusWait;
    private final PaymentStarts starts;
    private final CheckoutUrls urls;
    private final VippsShop shop;
    private final ObjectProvider<CheckoutShop> checkoutShop;

    ReturnController(CheckoutAttempts attempts, StatusChecks checks, PaymentWatch watch, Duration statusWait,
            PaymentStarts starts, CheckoutUrls urls, VippsShop shop, ObjectProvider<CheckoutShop> checkoutShop) {
        this.attempts = attempts;
        this.checks = checks;
        this.watch = watch;
        this.statusWait = statusWait;
        this.starts = starts;
        this.urls = urls;
        this.shop = shop;
        this.checkoutShop = checkoutShop;
    }

    @GetMapping(CheckoutUrls.RETURN + "/{token}")
    String page(@PathVariable String token, HttpServletResponse response, Model model) {
        CheckoutAttempt attempt = attempt(token);
        Optional<Payment> latest = checks.latest(attempt.orderId());
        ReturnState state = ReturnState.of(latest.orElse(null));
        ShopOrder order = shop.findOrder(attempt.orderId()).orElse(null);
        String orderPage = attempt.orderPageUrl() != null ? attempt.orderPageUrl()
                : order == null ? null : order.orderUrl();
        String path = CheckoutUrls.RETURN + "/" + token;
        model.addAttribute("page", new ReturnPage(state, attempt.orderId(), order,
                latest.map(Payment::reference).orElse(null),
                state == ReturnState.WAITING ? latest.map(Payment::redirectUrl).orElse(null) : null,
                orderPage, path, path + "/status", path + "/retry"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return RETURN_VIEW;
    }

    @GetMapping(value = CheckoutUrls.RETURN + "/{token}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@PathVariable String token,
            @RequestParam(defaultValue = "false") boolean wait) {
        // The page asks every few seconds and needs only the order, which a token's attempt never changes.
        String orderId = attempts.orderOf(token).orElseThrow(() -> new CheckoutProblem(HttpStatus.NOT_FOUND,
                "vipps.problem.unknown-link"));
        // The signal is taken before the state is read, so a change in between still ends the wait at once. It is
        // the order's, so the payments are read once here and not first for the reference of the one to watch.
        CompletableFuture<Payment> change = wait && !statusWait.isZero() ? watch.nextChange(orderId) : null;
        Optional<Payment> latest = checks.latest(orderId);
        ReturnState state = ReturnState.of(latest.orElse(null));
        if (change != null && latest.isPresent() && state == ReturnState.WAITING) {
            // Woken by the change, with the payment as it was stored; or at the end of the wait with none on this
            // node, and then what is stored (another node may have finished it), or the vendor's answer once the
            // page may ask it. A change of an older attempt, or to a state that may not be the order's (see
            // StatusChecks#latest), is read again too.
            int waitingAttempt = latest.get().attempt();
            state = PaymentWatch.await(change, statusWait)
                    .filter(changed -> changed.attempt() >= waitingAttempt
                            && changed.status() != PaymentStatus.CREATED && changed.status() != PaymentStatus.FAILED)
                    .map(ReturnState::of)
                    .orElseGet(() -> ReturnState.of(checks.latest(orderId).orElse(null)));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("state", state.name(), "done", state.done()));
    }

    /**
     * A new attempt for the same order, when the latest one failed, expired or was rejected. Of several clicks at
     * once (a double click, two tabs, on any node) exactly one starts a payment; the others show the page, which
     * follows the new attempt.
     */
    @PostMapping(CheckoutUrls.RETURN + "/{token}/retry")
    View retry(@PathVariable String token, HttpServletRequest request) {
        CheckoutAttempt attempt = attempt(token);
        Optional<Payment> latest = checks.latest(attempt.orderId());
        // Views rather than "redirect:" names: the view resolvers cache a view per name, and these are new per order.
        View page = new RedirectView(CheckoutUrls.RETURN + "/" + token, true);
        if (!ReturnState.of(latest.orElse(null)).retryable()) {
            return page;
        }
        String replaced = latest.map(Payment::reference).orElse(null);
        Optional<String> claimed = attempts.openRetry(attempt, replaced);
        if (claimed.isEmpty()) {
            return page;
        }
        CheckoutShop host = checkoutShop.getIfAvailable();
        if (host != null && !host.reopenForPayment(attempt.orderId())) {
            attempts.retryAbandoned(claimed.get());
            throw new CheckoutProblem(HttpStatus.CONFLICT, "vipps.problem.order-closed");
        }
        // With no payment stored (refused before it was sent), the attempt says how the order is paid: an express
        // order has no address or delivery yet, so it must not become a plain checkout payment.
        PaymentFlow flow = latest.map(Payment::flow)
                .orElse(attempt.express() ? PaymentFlow.EXPRESS : PaymentFlow.CHECKOUT);
        try {
            return new RedirectView(starts.retry(claimed.get(), attempt, flow, urls.base(request)).initiation()
                    .redirectUrl(), true);
        } catch (RuntimeException e) {
            // When the plugin refused before storing any payment, the one replaced may be retried again.
            if (Objects.equals(replaced, checks.latestReference(attempt.orderId()))) {
                attempts.retryAbandoned(claimed.get());
            }
            if (!(e instanceof PaymentOperationException || e instanceof VippsApiException)) {
                throw e;
            }
            // The new attempt is stored as failed (or is read back later); this page shows it.
            log.warn("Paying order {} again did not start: {}", attempt.orderId(), e.getMessage());
            return page;
        }
    }

    private CheckoutAttempt attempt(String token) {
        return attempts.find(token).orElseThrow(() -> new CheckoutProblem(HttpStatus.NOT_FOUND,
                "vipps.problem.unknown-link"));
    }
}
