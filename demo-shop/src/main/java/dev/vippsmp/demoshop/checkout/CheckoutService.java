package dev.vippsmp.demoshop.checkout;

import dev.vippsmp.demoshop.cart.CartLineView;
import dev.vippsmp.demoshop.cart.CartView;
import dev.vippsmp.demoshop.catalog.ProductView;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import dev.vippsmp.demoshop.order.Buyer;
import dev.vippsmp.demoshop.order.DeliveryAddress;
import dev.vippsmp.demoshop.order.NewOrder;
import dev.vippsmp.demoshop.order.NewOrderLine;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.order.PlacedOrder;
import dev.vippsmp.demoshop.order.ShippingLine;
import dev.vippsmp.demoshop.payment.PaymentContext;
import dev.vippsmp.demoshop.payment.PaymentMethod;
import dev.vippsmp.demoshop.payment.PaymentMethods;
import dev.vippsmp.demoshop.payment.PaymentRequest;
import dev.vippsmp.demoshop.payment.PaymentStart;
import dev.vippsmp.demoshop.shipping.Destination;
import dev.vippsmp.demoshop.shipping.ShippingQuote;
import dev.vippsmp.demoshop.shipping.ShippingService;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * Places an order from a cart: checks the buyer's form against the cart as priced now, stores the order, then
 * starts its payment. Nothing is stored unless every check passes. Also what an express checkout uses to turn a
 * cart into an order ({@link #newOrder}).
 */
@Service
public class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);
    private static final int MAX_NOTE = 500;

    private final OrderService orders;
    private final ShippingService shipping;
    private final PaymentMethods paymentMethods;
    private final SmartValidator validator;
    private final Market market;

    CheckoutService(OrderService orders, ShippingService shipping, PaymentMethods paymentMethods,
                    SmartValidator validator, Market market) {
        this.orders = orders;
        this.shipping = shipping;
        this.paymentMethods = paymentMethods;
        this.validator = validator;
        this.market = market;
    }

    /**
     * Checks the form and, if all is well, places the order and starts its payment.
     *
     * @return where to send the browser (the order page, or the payment method's page); empty with the problems
     *         in {@code errors} when nothing was placed
     */
    public Optional<String> placeOrder(CartView cart, CheckoutForm form, Errors errors, Locale locale, URI shopBaseUrl) {
        validator.validate(form, errors, cart.ships() ? new Object[] {Default.class, CheckoutForm.Delivery.class}
                : new Object[] {Default.class});
        if (form.getExpectedTotal() != null && form.getExpectedTotal() != cart.itemsTotal().minor()) {
            errors.reject("checkout.error.total-changed");
        }
        ShippingQuote quote = cart.ships() ? chosenShipping(cart, form, errors, locale) : null;
        Money total = quote == null ? cart.itemsTotal() : cart.itemsTotal().plus(quote.price());
        PaymentContext context = new PaymentContext(total, market.country(), cart.ships(), locale);
        Optional<PaymentMethod> method = paymentMethods.available(form.getPaymentMethod(), context);
        if (method.isEmpty() && !errors.hasFieldErrors("paymentMethod")) {
            errors.rejectValue("paymentMethod", "checkout.error.payment-method");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Buyer buyer = new Buyer(form.getFirstName(), form.getLastName(), form.getEmail(), form.getPhone());
        DeliveryAddress address = cart.ships() ? new DeliveryAddress(form.getStreet(), form.getStreet2(),
                form.getPostalCode(), form.getCity(), form.getCountry()) : null;
        PlacedOrder order = orders.place(newOrder(cart, locale, method.get().id(), buyer, address, quote));
        return startPayment(order, method.get(), buyer, locale, shopBaseUrl, errors);
    }

    /** An order for the cart as priced now; buyer, address and shipping may be null (express checkout). */
    public NewOrder newOrder(CartView cart, Locale locale, String paymentMethodId, Buyer buyer,
                             DeliveryAddress address, ShippingQuote quote) {
        List<NewOrderLine> lines = cart.lines().stream().map(CheckoutService::orderLine).toList();
        ShippingLine shippingLine = quote == null ? null : new ShippingLine(quote.id(), quote.type().name(),
                quote.carrier().name(), quote.name(), quote.price().minor(), quote.vatRate());
        return new NewOrder(lines, cart.currency(), market.country(), locale, paymentMethodId, buyer, address,
                shippingLine, "shopper");
    }

    private ShippingQuote chosenShipping(CartView cart, CheckoutForm form, Errors errors, Locale locale) {
        if (errors.hasFieldErrors("country") || form.getCountry() == null) {
            return null;
        }
        if (!shipping.destinationCountries().contains(form.getCountry())) {
            errors.rejectValue("country", "checkout.error.country");
            return null;
        }
        if (!errors.hasFieldErrors("postalCode") && !PostalCodes.isValid(form.getCountry(), form.getPostalCode())) {
            errors.rejectValue("postalCode", "checkout.error.postal-code");
        }
        if (errors.hasFieldErrors("shippingMethod")) {
            return null;
        }
        Optional<ShippingQuote> quote = shipping.quote(form.getShippingMethod(),
                new Destination(form.getCountry(), form.getPostalCode()), ShippingService.parcelOf(cart), locale);
        if (quote.isEmpty()) {
            errors.rejectValue("shippingMethod", "checkout.error.shipping-method");
        }
        return quote.orElse(null);
    }

    private Optional<String> startPayment(PlacedOrder order, PaymentMethod method, Buyer buyer, Locale locale,
                                          URI shopBaseUrl, Errors errors) {
        URI orderPage = shopBaseUrl.resolve(order.buyerPath());
        PaymentRequest request = new PaymentRequest(order.id(), order.total(), buyer.email(), buyer.phone(), locale,
                orderPage, shopBaseUrl);
        PaymentStart start;
        try {
            start = method.start(request);
        } catch (RuntimeException e) {
            log.warn("Payment method {} could not start paying order {}: {}", method.id(), order.id(), e.toString());
            orders.changeStatus(order.id(), OrderStatus.FAILED, "system", truncate("Payment did not start: " + e));
            errors.reject("checkout.error.payment-failed");
            return Optional.empty();
        }
        if (start instanceof PaymentStart.Redirect redirect) {
            return Optional.of(redirect.url().toString());
        }
        PaymentStart.Completed completed = (PaymentStart.Completed) start;
        orders.changeStatus(order.id(), OrderStatus.PROCESSING, "payment:" + method.id(), truncate(completed.note()));
        return Optional.of(order.buyerPath());
    }

    private static NewOrderLine orderLine(CartLineView line) {
        ProductView product = line.product();
        return new NewOrderLine(product.id(), product.sku(), product.name(), line.quantity(), product.price(),
                product.vatRate(), product.ships(), product.weightGrams());
    }

    private static String truncate(String note) {
        return note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }
}
