package dev.vippsmp.checkout.express;

import dev.vippsmp.checkout.CheckoutShop;
import dev.vippsmp.checkout.config.CheckoutUrls;
import dev.vippsmp.checkout.payment.PaymentStarts;
import dev.vippsmp.checkout.web.CheckoutProblem;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.spi.VippsShop;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The express buttons' forms: make an order from the shopper's cart, or from a cart of its own holding the
 * product, and send the browser to the app. The shopper's cart is not touched until the order is paid. When the
 * payment does not start, the buyer lands on the attempt's return page, which says so and offers to try again.
 */
@Controller
class ExpressController {

    private static final Logger log = LoggerFactory.getLogger(ExpressController.class);
    private static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final ExpressButtons buttons;
    private final ObjectProvider<CheckoutShop> checkoutShop;
    private final VippsShop shop;
    private final PaymentStarts starts;
    private final CheckoutUrls urls;

    ExpressController(ExpressButtons buttons, ObjectProvider<CheckoutShop> checkoutShop, VippsShop shop,
            PaymentStarts starts, CheckoutUrls urls) {
        this.buttons = buttons;
        this.checkoutShop = checkoutShop;
        this.shop = shop;
        this.starts = starts;
        this.urls = urls;
    }

    @PostMapping(CheckoutUrls.EXPRESS_CART)
    View fromCart(HttpServletRequest request) {
        if (!buttons.inCart()) {
            throw new CheckoutProblem(HttpStatus.NOT_FOUND, "vipps.problem.express-unavailable");
        }
        String cart = checkoutShop.getObject().currentCart(request).orElseThrow(() -> new CheckoutProblem(
                HttpStatus.BAD_REQUEST, "vipps.problem.empty-cart"));
        return start(cart, false, request);
    }

    @PostMapping(CheckoutUrls.EXPRESS_PRODUCT)
    View fromProductPage(@RequestParam String productId, HttpServletRequest request) {
        if (!PRODUCT_ID.matcher(productId).matches()) {
            throw new CheckoutProblem(HttpStatus.BAD_REQUEST, "vipps.problem.bad-request");
        }
        if (!buttons.onProductPage(productId)) {
            throw new CheckoutProblem(HttpStatus.NOT_FOUND, "vipps.problem.express-unavailable");
        }
        String cart = checkoutShop.getObject().cartWithProduct(productId).orElseThrow(() -> new CheckoutProblem(
                HttpStatus.NOT_FOUND, "vipps.problem.unknown-product"));
        return start(cart, true, request);
    }

    /**
     * @param ownCart a cart made for this product alone, emptied as soon as the order holds its goods; the
     *        shopper's own cart is emptied only once the order is paid
     */
    private View start(String cartId, boolean ownCart, HttpServletRequest request) {
        String orderId;
        try {
            orderId = shop.createOrderFromCart(cartId);
        } catch (IllegalArgumentException e) {
            throw new CheckoutProblem(HttpStatus.BAD_REQUEST, "vipps.problem.empty-cart");
        }
        if (ownCart) {
            checkoutShop.getObject().clearCart(cartId);
        }
        String token = starts.openExpress(orderId, ownCart ? null : cartId);
        // Views rather than "redirect:" names: the view resolvers cache a view per name, and these are new per order.
        try {
            return new RedirectView(starts.express(token, orderId, urls.base(request)).redirectUrl(), true);
        } catch (PaymentOperationException | VippsApiException e) {
            log.warn("Express checkout for order {} did not start: {}", orderId, e.getMessage());
            return new RedirectView(CheckoutUrls.RETURN + "/" + token, true);
        }
    }
}
