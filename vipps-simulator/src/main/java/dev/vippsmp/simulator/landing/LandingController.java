package dev.vippsmp.simulator.landing;

import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.config.UserAddress;
import dev.vippsmp.simulator.epayment.AuthorizationOutcome;
import dev.vippsmp.simulator.epayment.Payment;
import dev.vippsmp.simulator.epayment.PaymentService;
import dev.vippsmp.simulator.epayment.PaymentState;
import dev.vippsmp.simulator.epayment.PaymentStore;
import dev.vippsmp.simulator.epayment.ShippingAddress;
import dev.vippsmp.simulator.epayment.ShippingDetails;
import dev.vippsmp.simulator.epayment.ShippingGroup;
import dev.vippsmp.simulator.epayment.ShippingOption;
import dev.vippsmp.simulator.epayment.ShippingQuotes;
import dev.vippsmp.simulator.http.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The landing page, standing in for the app: the customer names their phone number, consents to share what the
 * merchant asks for, chooses an address and a delivery for Express, and approves or rejects; then the browser goes
 * back to the merchant's {@code returnUrl}. Each step posts and redirects back to the page, which shows the next.
 */
@Controller
class LandingController {

    static final String LOGIN = "landing/login";
    static final String CONSENT = "landing/consent";
    static final String ADDRESS = "landing/address";
    static final String SHIPPING = "landing/shipping";
    static final String CONFIRM = "landing/confirm";
    static final String DONE = "landing/done";
    static final String INVALID = "landing/invalid";

    private final PaymentStore store;
    private final PaymentService payments;
    private final ShippingQuotes quotes;
    private final TestUsers users;
    private final LandingSessions sessions;

    LandingController(PaymentStore store, PaymentService payments, ShippingQuotes quotes, TestUsers users,
            LandingSessions sessions) {
        this.store = store;
        this.payments = payments;
        this.quotes = quotes;
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/simulator/landing")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Payment payment = store.byToken(token).orElse(null);
        if (payment == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return INVALID;
        }
        PaymentSummary summary = payments.read(payment, PaymentSummary::of);
        LandingSession session = sessions.of(token);
        model.addAttribute("token", token);
        model.addAttribute("payment", summary);
        synchronized (session) {
            model.addAttribute("message", session.takeMessage());
            if (!PaymentState.CREATED.name().equals(summary.state()) || payment.isPending()) {
                return DONE;
            }
            if (session.user == null) {
                String phone = payment.customerPhone() != null ? payment.customerPhone() : users.defaultUser().phoneNumber();
                model.addAttribute("phone", phone);
                model.addAttribute("users", users.all());
                return LOGIN;
            }
            model.addAttribute("user", session.user);
            if (!payment.scopes().isEmpty() && session.consented == null) {
                return CONSENT;
            }
            if (payment.isExpress() && session.address == null) {
                model.addAttribute("addresses", session.user.addresses());
                return ADDRESS;
            }
            if (payment.isExpress() && session.optionId == null) {
                model.addAttribute("groups", session.groups);
                model.addAttribute("preselected", ShippingGroup.preselected(session.groups).map(ShippingOption::id).orElse(null));
                return SHIPPING;
            }
            ShippingDetails shipping = shippingDetails(session);
            model.addAttribute("shipping", shipping);
            model.addAttribute("total", payment.requestedAmount().plus(shipping == null ? 0 : shipping.shippingCost()).display());
            model.addAttribute("shippingCost", shipping == null ? null
                    : payment.requestedAmount().withValue(shipping.shippingCost()).display());
            return CONFIRM;
        }
    }

    @PostMapping("/simulator/landing/login")
    View login(@RequestParam String token, @RequestParam(defaultValue = "") String phone) {
        LandingSession session = session(token);
        synchronized (session) {
            String number = phone.replaceAll("[\\s+]", "");
            session.user = users.byPhone(number).orElse(null);
            if (session.user == null) {
                session.message = "No app user has the number " + phone + ". Try one of the test users.";
            }
        }
        return back(token);
    }

    @PostMapping("/simulator/landing/consent")
    View consent(@RequestParam String token, @RequestParam String decision) {
        Payment payment = payment(token);
        LandingSession session = session(token);
        synchronized (session) {
            if (session.user == null) {
                return back(token);
            }
            if ("accept".equals(decision)) {
                session.consented = true;
                return back(token);
            }
        }
        payments.reject(payment);
        return leave(payment, token);
    }

    @PostMapping("/simulator/landing/address")
    View address(@RequestParam String token, @RequestParam(defaultValue = "0") String choice,
            @RequestParam(defaultValue = "") String addressLine1, @RequestParam(defaultValue = "") String addressLine2,
            @RequestParam(defaultValue = "") String postCode, @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String country) {
        Payment payment = payment(token);
        LandingSession session = session(token);
        synchronized (session) {
            if (session.user == null) {
                return back(token);
            }
            ShippingAddress address = chosenAddress(session, choice, addressLine1, addressLine2, postCode, city, country);
            if (address == null) {
                return back(token);
            }
            try {
                session.groups = quotes.quote(payment, address);
                session.address = address;
                session.optionId = null;
            } catch (ShippingQuotes.NoShippingException e) {
                session.message = e.cannotShipHere()
                        ? payment.unit().name() + " cannot ship to " + address.formatted() + ". Choose another address."
                        : "Delivery options are not available right now: " + e.getMessage();
            }
        }
        return back(token);
    }

    @PostMapping("/simulator/landing/shipping")
    View shipping(@RequestParam String token, @RequestParam(defaultValue = "") String optionId) {
        LandingSession session = session(token);
        synchronized (session) {
            if (session.groups != null && ShippingGroup.option(session.groups, optionId).isPresent()) {
                session.optionId = optionId;
            } else {
                session.message = "Choose one of the delivery options.";
            }
        }
        return back(token);
    }

    /** Goes back a step: to choose another address, or to log in as someone else. */
    @PostMapping("/simulator/landing/change")
    View change(@RequestParam String token, @RequestParam String what) {
        LandingSession session = session(token);
        synchronized (session) {
            session.optionId = null;
            session.address = null;
            session.groups = null;
            if ("user".equals(what)) {
                session.user = null;
                session.consented = null;
            }
        }
        return back(token);
    }

    @PostMapping("/simulator/landing/approve")
    View approve(@RequestParam String token) {
        Payment payment = payment(token);
        LandingSession session = session(token);
        ShippingDetails shipping;
        synchronized (session) {
            boolean ready = session.user != null && (payment.scopes().isEmpty() || Boolean.TRUE.equals(session.consented))
                    && (!payment.isExpress() || session.optionId != null);
            if (!ready) {
                return back(token);
            }
            shipping = shippingDetails(session);
        }
        AuthorizationOutcome outcome = payments.approve(payment, session.user, shipping, "LANDING_PAGE");
        if (outcome.kind() == AuthorizationOutcome.Kind.DECLINED) {
            synchronized (session) {
                session.message = "The payment was declined: " + outcome.declineReason()
                        + ". Try again, or reject the payment.";
            }
            return back(token);
        }
        return outcome.kind() == AuthorizationOutcome.Kind.AUTHORIZED ? leave(payment, token) : back(token);
    }

    @PostMapping("/simulator/landing/reject")
    View reject(@RequestParam String token) {
        Payment payment = payment(token);
        payments.reject(payment);
        return leave(payment, token);
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("detail", problem.detail());
        return INVALID;
    }

    private ShippingAddress chosenAddress(LandingSession session, String choice, String line1, String line2,
            String postCode, String city, String country) {
        if (!"new".equals(choice)) {
            int index = choice.matches("\\d{1,2}") ? Integer.parseInt(choice) : -1;
            if (index < 0 || index >= session.user.addresses().size()) {
                session.message = "Choose one of your addresses.";
                return null;
            }
            UserAddress saved = session.user.addresses().get(index);
            return ShippingAddress.of(saved);
        }
        String countryCode = country.trim().toUpperCase(Locale.ROOT);
        if (line1.isBlank() || postCode.isBlank() || city.isBlank() || !countryCode.matches("[A-Z]{2}")) {
            session.message = "Fill in the street address, post code, city and a two-letter country code.";
            return null;
        }
        return new ShippingAddress(line1.trim(), line2.isBlank() ? null : line2.trim(), city.trim(), postCode.trim(),
                countryCode);
    }

    private static ShippingDetails shippingDetails(LandingSession session) {
        if (session.optionId == null || session.groups == null) {
            return null;
        }
        ShippingOption option = ShippingGroup.option(session.groups, session.optionId).orElseThrow();
        return new ShippingDetails(session.address, option.amount().value(), option.id(), option.name());
    }

    private Payment payment(String token) {
        return store.byToken(token).orElseThrow(() -> ApiProblem.of(org.springframework.http.HttpStatus.NOT_FOUND,
                "This payment link is not valid"));
    }

    private LandingSession session(String token) {
        payment(token);
        return sessions.of(token);
    }

    /** Back to the merchant, or to the final page when the payment has no return URL (push, QR). */
    private static View leave(Payment payment, String token) {
        return payment.returnUrl() != null ? new RedirectView(payment.returnUrl(), true) : back(token);
    }

    /**
     * A view rather than a "redirect:" name: the view resolvers cache a view per name, and the token makes every
     * payment's name new.
     */
    private static View back(String token) {
        return new RedirectView("/simulator/landing?token=" + token, true);
    }
}
