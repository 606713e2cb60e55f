package dev.vippsmp.demoshop.vipps.login;

import dev.vippsmp.demoshop.checkout.CheckoutForm;
import dev.vippsmp.demoshop.checkout.CheckoutPrefill;
import dev.vippsmp.login.VippsLoginProfiles;
import dev.vippsmp.login.VippsProfile;
import org.springframework.stereotype.Component;

/**
 * Fills the checkout form from what the customer shared at login: name, email (verified only), phone and the
 * default address. A field the profile lacks stays empty for the customer to fill in.
 */
@Component
class VippsLoginPrefill implements CheckoutPrefill {

    @Override
    public void prefill(CheckoutForm form) {
        VippsLoginProfiles.current().ifPresent(profile -> fill(form, profile));
    }

    private static void fill(CheckoutForm form, VippsProfile profile) {
        form.setFirstName(profile.givenName());
        form.setLastName(profile.familyName());
        form.setEmail(profile.verifiedEmail());
        form.setPhone(profile.phoneNumber());
        if (profile.address() != null) {
            VippsProfile.Address address = profile.address();
            String[] street = address.streetAddress() == null ? new String[0] : address.streetAddress().split("\n", 2);
            form.setStreet(street.length > 0 ? street[0] : null);
            form.setStreet2(street.length > 1 ? street[1] : null);
            form.setPostalCode(address.postalCode());
            form.setCity(address.region());
            if (address.country() != null) {
                form.setCountry(address.country());
            }
        }
    }
}
