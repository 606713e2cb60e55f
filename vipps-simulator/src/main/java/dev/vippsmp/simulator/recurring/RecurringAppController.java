package dev.vippsmp.simulator.recurring;

import dev.vippsmp.simulator.http.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The app page an agreement's {@code vippsConfirmationUrl} leads to, standing in for the Vipps or MobilePay app:
 * the product, price, interval, initial charge and what the merchant asks to share, with Accept and Reject. Either
 * sends the browser to the agreement's {@code merchantRedirectUrl}.
 */
@Controller
class RecurringAppController {

    static final String APP_PATH = "/simulator/recurring/app";
    static final String APP = "recurring/app";
    static final String GONE = "recurring/gone";
    private static final Map<String, String> CLAIMS = Map.of("name", "Name", "address", "Address",
            "email", "Email address", "phoneNumber", "Phone number", "birthDate", "Date of birth",
            "nin", "National identity number");

    private final RecurringStore store;
    private final RecurringService recurring;

    RecurringAppController(RecurringStore store, RecurringService recurring) {
        this.store = store;
        this.recurring = recurring;
    }

    @GetMapping(APP_PATH)
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Agreement agreement = store.byToken(token).orElse(null);
        if (agreement == null || !recurring.read(agreement, found -> found.status() == AgreementStatus.PENDING)) {
            return gone(model, response, agreement);
        }
        return recurring.read(agreement, found -> show(model, found));
    }

    @PostMapping(APP_PATH)
    String answer(@RequestParam(required = false) String token, @RequestParam(required = false) String decision,
            Model model, HttpServletResponse response) {
        Agreement agreement = store.byToken(token).orElse(null);
        if (agreement == null) {
            return gone(model, response, null);
        }
        try {
            if ("accept".equals(decision)) {
                recurring.accept(agreement, null, null);
            } else {
                recurring.reject(agreement);
            }
        } catch (ApiProblem notPending) {
            return gone(model, response, agreement);
        }
        return "redirect:" + agreement.draft().merchantRedirectUrl();
    }

    private static String show(Model model, Agreement agreement) {
        Pricing pricing = agreement.pricing();
        model.addAttribute("token", agreement.token());
        model.addAttribute("brand", agreement.brand());
        model.addAttribute("merchant", agreement.merchantName());
        model.addAttribute("productName", agreement.productName());
        model.addAttribute("productDescription", agreement.productDescription());
        model.addAttribute("price", pricing.variable()
                ? "Up to " + money(pricing.currency(), pricing.suggestedMaxAmount()) + " (you choose the max amount)"
                : money(pricing.currency(), pricing.amount()));
        model.addAttribute("interval", agreement.interval().text());
        Charge initial = agreement.initialChargeId() == null ? null : agreement.charge(agreement.initialChargeId());
        model.addAttribute("initialCharge", initial == null ? null
                : money(initial.currency(), initial.amount()) + " now: " + initial.description());
        List<String> claims = agreement.draft().scopes().stream().map(CLAIMS::get).toList();
        model.addAttribute("claims", claims);
        return APP;
    }

    private static String gone(Model model, HttpServletResponse response, Agreement agreement) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("description", agreement == null
                ? "This agreement does not exist. Start again from the shop."
                : "This agreement is not waiting for an answer: it was accepted, rejected or stopped already, "
                        + "or it waited more than 10 minutes. Start again from the shop.");
        return GONE;
    }

    static String money(String currency, long minor) {
        return String.format(Locale.ROOT, "%s %d.%02d", currency, minor / 100, minor % 100);
    }
}
