package dev.vippsmp.demoshop.order;

import dev.vippsmp.demoshop.web.ClientError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The buyer's page of an order, reachable only with the secret token from the buyer's link. */
@Controller
class OrderController {

    static final String ORDER_VIEW = "order/order";

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable long id, @RequestParam(required = false) String token, Model model) {
        // A wrong token and an unknown number look the same, so the page tells nobody which orders exist.
        OrderView order = orders.findForBuyer(id, token).orElseThrow(() -> ClientError.notFound("error.order-not-found"));
        model.addAttribute("order", order);
        return ORDER_VIEW;
    }
}
