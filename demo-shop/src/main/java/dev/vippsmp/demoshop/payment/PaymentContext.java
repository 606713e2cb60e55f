package dev.vippsmp.demoshop.payment;

import dev.vippsmp.demoshop.money.Money;
import java.util.Locale;

/**
 * What a payment method may look at to decide whether to offer itself, before an order exists.
 *
 * @param total         what the buyer would pay, shipping and VAT included
 * @param marketCountry the shop's country (ISO 3166 alpha-2)
 * @param ships         whether anything in the order is sent by post
 */
public record PaymentContext(Money total, String marketCountry, boolean ships, Locale locale) {
}
