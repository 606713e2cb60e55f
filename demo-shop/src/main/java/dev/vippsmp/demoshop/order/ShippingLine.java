package dev.vippsmp.demoshop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The delivery option the order was sold with, copied from the quote so that later price changes do not touch it.
 *
 * @param methodId   the shipping option's id, e.g. {@code pickup-point}
 * @param type       HOME_DELIVERY, PICKUP_POINT or MAILBOX
 * @param carrier    e.g. POSTEN
 * @param priceMinor VAT included, in the order's currency
 * @param vatRate    in basis points
 */
@Embeddable
public record ShippingLine(
        @Column(name = "shipping_method", length = 40) String methodId,
        @Column(name = "shipping_type", length = 20) String type,
        @Column(name = "shipping_carrier", length = 20) String carrier,
        @Column(name = "shipping_name", length = 120) String name,
        @Column(name = "shipping_price_minor") Long priceMinor,
        @Column(name = "shipping_vat_rate_bp") Integer vatRate) {
}
