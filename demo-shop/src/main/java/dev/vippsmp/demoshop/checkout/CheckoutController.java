package dev.vippsmp.demoshop.checkout;

import dev.vippsmp.demoshop.cart.CartCookie;
import dev.vippsmp.demoshop.cart.CartService;
import dev.vippsmp.demoshop.cart.CartView;
import dev.vippsmp.demoshop.i18n.Countries;
import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.money.Money;
import dev.vippsmp.demoshop.payment.PaymentContext;
import dev.vippsmp.demoshop.payment.PaymentMethods;
import dev.vippsmp.demoshop.shipping.Destination;
import dev.vippsmp.demoshop.shipping.ShippingQuote;
import dev.vippsmp.demoshop.shipping.ShippingService;
import dev.vippsmp.demoshop.web.ClientError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CheckoutController {

    static final String CHECKOUT_VIEW = "checkout/checkout";
    static final String TERMS_VIEW = "checkout/terms";

    private final CartService carts;
    private final CartCookie cartCookie;
    private final CheckoutService checkout;
    private final ShippingService shipping;
    private final PaymentMethods paymentMethods;
    private final Market market;
    private final Countries countries;
    private final List<CheckoutPrefill> prefills;

    CheckoutController(CartService carts, CartCookie cartCookie, CheckoutService checkout, ShippingService shipping,
                       PaymentMethods paymentMethods, Market market, Countries countries,
                       List<CheckoutPrefill> prefills) {
        this.carts = carts;
        this.cartCookie = cartCookie;
        this.checkout = checkout;
        this.shipping = shipping;
        this.paymentMethods = paymentMethods;
        this.market = market;
        this.countries = countries;
        this.prefills = List.copyOf(prefills);
    }

    @InitBinder("form")
    void trimInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/checkout")
    String checkout(HttpServletRequest request, Locale locale, Model model) {
        CartView cart = carts.view(cartCookie.token(request), locale);
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        CheckoutForm form = new CheckoutForm();
        form.setCountry(market.country());
        prefills.forEach(prefill -> prefill.prefill(form));
        form.setExpectedTotal(cart.itemsTotal().minor());
        List<ShippingQuote> options = shippingOptions(cart, form, locale);
        options.stream().filter(ShippingQuote::isDefault).findFirst().ifPresent(q -> form.setShippingMethod(q.id()));
        model.addAttribute("form", form);
        // The first payment method offered starts out chosen, as in most shops.
        paymentOptions(cart, form, locale).stream().findFirst().ifPresent(o -> form.setPaymentMethod(o.id()));
        return show(cart, form, locale, model);
    }

    @PostMapping("/checkout")
    ModelAndView placeOrder(@ModelAttribute("form") CheckoutForm form, BindingResult errors, HttpServletRequest request,
                      HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        String cartToken = cartCookie.token(request);
        CartView cart = carts.view(cartToken, locale);
        if (cart.isEmpty()) {
            throw ClientError.badRequest("error.cart-empty");
        }
        URI shopBaseUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUri();
        Optional<String> next = checkout.placeOrder(cart, form, errors, locale, shopBaseUrl);
        if (next.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return new ModelAndView(show(cart, form, locale, model));
        }
        carts.clear(cartToken);
        cartCookie.clear(request, response);
        String target = next.get();
        // A flash attribute waits in the session for the request it is meant for; one meant for the vendor's page
        // is never taken, and every shopper sent to pay would keep one in the session until the session ends.
        if (isShopPath(target)) {
            redirect.addFlashAttribute("justPlaced", true);
        }
        // A view rather than a "redirect:" name: the view resolver caches a view per name, and this URL is new for
        // every order.
        return new ModelAndView(new RedirectView(target, true));
    }

    /** The shop's own page (the order's), rather than the vendor's. */
    static boolean isShopPath(String target) {
        return target.startsWith("/") && !target.startsWith("//");
    }

    @GetMapping("/terms")
    String terms() {
        return TERMS_VIEW;
    }

    private String show(CartView cart, CheckoutForm form, Locale locale, Model model) {
        model.addAttribute("cart", cart);
        model.addAttribute("shippingOptions", shippingOptions(cart, form, locale));
        model.addAttribute("chosenShipping", chosenShipping(cart, form, locale).orElse(null));
        model.addAttribute("countries", shipping.destinationCountries().stream()
                .map(code -> new CountryOption(code, countries.name(code, locale)))
                .toList());
        model.addAttribute("paymentOptions", paymentOptions(cart, form, locale));
        return CHECKOUT_VIEW;
    }

    private Optional<ShippingQuote> chosenShipping(CartView cart, CheckoutForm form, Locale locale) {
        return shippingOptions(cart, form, locale).stream()
                .filter(quote -> quote.id().equals(form.getShippingMethod()))
                .findFirst();
    }

    /** The methods offered for the cart with the delivery chosen so far. */
    private List<PaymentOption> paymentOptions(CartView cart, CheckoutForm form, Locale locale) {
        Money total = chosenShipping(cart, form, locale).map(quote -> cart.itemsTotal().plus(quote.price()))
                .orElse(cart.itemsTotal());
        PaymentContext context = new PaymentContext(total, market.country(), cart.ships(), locale);
        return paymentMethods.available(context).stream()
                .map(method -> new PaymentOption(method.id(), method.label(locale), method.description(locale),
                        method.logo()))
                .toList();
    }

    private List<ShippingQuote> shippingOptions(CartView cart, CheckoutForm form, Locale locale) {
        if (!cart.ships()) {
            return List.of();
        }
        String country = form.getCountry() != null && shipping.destinationCountries().contains(form.getCountry())
                ? form.getCountry() : market.country();
        return shipping.quote(Destination.country(country), cart, locale);
    }

    record CountryOption(String code, String name) {
    }

    record PaymentOption(String id, String label, String description, String logo) {
    }
}
