package dev.vippsmp.demoshop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The buyer's own address, for an order with nothing to ship when the shop asks for one anyway (express checkout's
 * "always ask for an address"). It is never where anything goes: goods that ship have a {@link DeliveryAddress}.
 */
@Embeddable
public record BuyerAddress(
        @Column(name = "buyer_street", length = 120) String street,
        @Column(name = "buyer_street2", length = 120) String street2,
        @Column(name = "buyer_postal_code", length = 10) String postalCode,
        @Column(name = "buyer_city", length = 80) String city,
        @Column(name = "buyer_country", length = 2) String country) {
}
