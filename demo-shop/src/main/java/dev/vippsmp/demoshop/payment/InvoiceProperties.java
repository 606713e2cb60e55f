package dev.vippsmp.demoshop.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pay on invoice, the payment method the shop has of its own.
 *
 * @param enabled whether checkout offers it
 * @param dueDays days from the order to the invoice's due date
 */
@ConfigurationProperties("demo.payment.invoice")
public record InvoiceProperties(@DefaultValue("true") boolean enabled, @DefaultValue("14") int dueDays) {
}
