package dev.vippsmp.admin.payments;

import dev.vippsmp.admin.web.Problem;
import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.PaymentEvent;
import dev.vippsmp.core.client.errors.VippsApiException;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentQueries;
import dev.vippsmp.core.payment.VendorTotals;
import java.util.List;
import org.springframework.ui.Model;

/**
 * What a payment's page shows: the stored record, the vendor's view of it (aggregate and event log, read afresh),
 * the other attempts for the order, and the money forms with their default amounts.
 */
class PaymentDetailPage {

    static final String VIEW = "vipps-admin/payments/payment";

    private final PaymentQueries payments;
    private final VippsClient client;
    private final OrderLinks orderLinks;

    PaymentDetailPage(PaymentQueries payments, VippsClient client, OrderLinks orderLinks) {
        this.payments = payments;
        this.client = client;
        this.orderLinks = orderLinks;
    }

    /** Fills the model for the payment; the vendor being unreachable costs only its part of the page. */
    String render(Payment payment, Model model) {
        model.addAttribute("payment", payment);
        model.addAttribute("orderLink", orderLinks.link(payment.orderId()));
        model.addAttribute("attempts", payments.forOrder(payment.orderId()));
        try {
            PaymentDetails details = client.payments().get(payment.reference());
            List<PaymentEvent> events = payments.events(payment.reference());
            model.addAttribute("vendor", details);
            model.addAttribute("events", events);
            model.addAttribute("differs", VendorTotals.differ(payment, details));
        } catch (VippsApiException unavailable) {
            model.addAttribute("vendorProblem", Problem.of(unavailable));
        }
        return VIEW;
    }

}
