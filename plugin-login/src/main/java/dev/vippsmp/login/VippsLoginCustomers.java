package dev.vippsmp.login;

import java.util.Optional;

/**
 * The port a shop implements so that a Vipps MobilePay login signs in as one of its customers. The plugin looks up
 * the customer linked to the user's {@code sub}, else by the verified email, else by the phone number, and creates
 * one only when the settings allow it ({@code vipps.login.create-customers}).
 */
public interface VippsLoginCustomers {

    /** The customer an earlier login linked to this {@code sub}. */
    default Optional<LoginCustomer> findLinked(String sub) {
        return Optional.empty();
    }

    /** The customer with this email; called only with an email the vendor has verified. */
    Optional<LoginCustomer> findByEmail(String verifiedEmail);

    /** The customer with this phone number (MSISDN, digits only, e.g. {@code 4791234567}). */
    Optional<LoginCustomer> findByPhoneNumber(String phoneNumber);

    /** A new customer from the profile; called only when the settings allow creating customers. */
    LoginCustomer create(VippsProfile profile);

    /** Remembers that this customer logs in with this {@code sub}; called after every successful login. */
    default void link(LoginCustomer customer, String sub) {
    }
}
