package dev.vippsmp.demoshop.customer;

import dev.vippsmp.demoshop.order.OrderService;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer login page and "My orders". */
@Controller
class CustomerController {

    static final String LOGIN = "customer/login";
    static final String ORDERS = "customer/orders";

    private final Customers customers;
    private final OrderService orders;

    CustomerController(Customers customers, OrderService orders) {
        this.customers = customers;
        this.orders = orders;
    }

    /** {@code error} is set by a refused login; its value is never shown, only that the login failed. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("noCustomer", "no-customer".equals(error));
        return LOGIN;
    }

    @GetMapping("/account/orders")
    String orders(Principal principal, Model model) {
        CustomerAccount account = customers.byUsername(principal.getName()).orElseThrow();
        model.addAttribute("customer", account);
        model.addAttribute("orders", orders.listForCustomer(account.email(), account.phone()));
        return ORDERS;
    }
}
