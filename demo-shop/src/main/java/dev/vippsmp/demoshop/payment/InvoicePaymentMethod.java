package dev.vippsmp.demoshop.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Pay on invoice: the order is accepted at once and the invoice goes to the buyer's email. */
@Component
@Order(1000)
class InvoicePaymentMethod implements PaymentMethod {

    static final String ID = "invoice";

    private final InvoiceProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    InvoicePaymentMethod(InvoiceProperties properties, MessageSource messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("payment.invoice", null, locale);
    }

    @Override
    public String description(Locale locale) {
        return messages.getMessage("payment.invoice.description", new Object[] {properties.dueDays()}, locale);
    }

    @Override
    public boolean isAvailable(PaymentContext context) {
        return properties.enabled();
    }

    @Override
    public PaymentStart start(PaymentRequest request) {
        LocalDate due = LocalDate.now(clock).plusDays(properties.dueDays());
        return PaymentStart.completed("Invoice by email, due " + due);
    }
}
