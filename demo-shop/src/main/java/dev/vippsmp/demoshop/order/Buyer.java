package dev.vippsmp.demoshop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who bought: for every order, since even goods that do not ship go to the buyer's email. */
@Embeddable
public record Buyer(
        @Column(name = "buyer_first_name", length = 80) String firstName,
        @Column(name = "buyer_last_name", length = 80) String lastName,
        @Column(name = "buyer_email", length = 254) String email,
        @Column(name = "buyer_phone", length = 20) String phone) {

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
