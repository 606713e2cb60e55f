package dev.vippsmp.demoshop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the goods that ship go; absent on orders with nothing to ship. */
@Embeddable
public record DeliveryAddress(
        @Column(name = "delivery_street", length = 120) String street,
        @Column(name = "delivery_street2", length = 120) String street2,
        @Column(name = "delivery_postal_code", length = 10) String postalCode,
        @Column(name = "delivery_city", length = 80) String city,
        @Column(name = "delivery_country", length = 2) String country) {
}
