package dev.vippsmp.simulator.control;

import dev.vippsmp.simulator.config.SalesUnits;
import dev.vippsmp.simulator.config.TestUsers;
import dev.vippsmp.simulator.epayment.PaymentOverview;
import dev.vippsmp.simulator.epayment.PaymentService;
import dev.vippsmp.simulator.epayment.PaymentStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /simulator}: a page for people: the merchants, the app users, and the latest payments with their links. */
@Controller
class OverviewController {

    static final String OVERVIEW = "overview";
    private static final int SHOWN_PAYMENTS = 50;

    private final SalesUnits salesUnits;
    private final TestUsers users;
    private final PaymentStore store;
    private final PaymentService payments;

    OverviewController(SalesUnits salesUnits, TestUsers users, PaymentStore store, PaymentService payments) {
        this.salesUnits = salesUnits;
        this.users = users;
        this.store = store;
        this.payments = payments;
    }

    @GetMapping({"/simulator", "/simulator/"})
    String overview(Model model) {
        model.addAttribute("merchants", salesUnits.all());
        model.addAttribute("users", users.all());
        model.addAttribute("defaultUser", users.defaultUser());
        model.addAttribute("payments", store.all().stream().limit(SHOWN_PAYMENTS)
                .map(payment -> payments.read(payment, PaymentOverview::of)).toList());
        return OVERVIEW;
    }
}
