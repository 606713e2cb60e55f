package dev.vippsmp.core.payment.internal;

import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.ShippingAddress;
import dev.vippsmp.core.client.epayment.ShippingDetails;
import dev.vippsmp.core.client.epayment.UserDetails;
import dev.vippsmp.core.client.userinfo.Userinfo;
import dev.vippsmp.core.client.userinfo.UserinfoAddress;
import dev.vippsmp.core.spi.Address;
import dev.vippsmp.core.spi.BuyerDetails;

/** Builds the buyer's details for the shop from what the vendor shared. */
final class BuyerMapper {

    private BuyerMapper() {
    }

    /** What the payment itself carries: {@code userDetails}, and for Express the delivery and its address. */
    static BuyerDetails fromPayment(PaymentDetails details) {
        UserDetails user = details.userDetails();
        ShippingDetails shipping = details.shippingDetails();
        Address address = null;
        BuyerDetails.ChosenShipping chosen = null;
        if (shipping != null) {
            ShippingAddress a = shipping.address();
            if (a != null) {
                address = new Address(a.addressLine1(), a.addressLine2(), a.postCode(), a.city(), a.country());
            }
            chosen = new BuyerDetails.ChosenShipping(shipping.shippingOptionId(), shipping.shippingOptionName(),
                    shipping.cost());
        }
        if (address == null && user != null && user.addresses() != null && !user.addresses().isEmpty()) {
            ShippingAddress first = user.addresses().get(0);
            address = new Address(first.addressLine1(), first.addressLine2(), first.postCode(), first.city(),
                    first.country());
        }
        return new BuyerDetails(user == null ? null : user.firstName(), user == null ? null : user.lastName(),
                user == null ? null : user.email(), user == null ? null : user.mobileNumber(), address, chosen);
    }

    /**
     * The payment's details with Userinfo's claims filling the gaps, field by field: what the payment carries wins,
     * because for Express its address is where the buyer chose to have the goods delivered. Userinfo answers with
     * everything the buyer ever consented to share with the shop, so its address is taken only when this payment
     * asked for one.
     */
    static BuyerDetails withUserinfo(BuyerDetails shared, Userinfo info, boolean addressAsked) {
        Address address = shared.address() != null || !addressAsked ? shared.address() : address(info.address());
        return new BuyerDetails(either(shared.givenName(), info.givenName()),
                either(shared.familyName(), info.familyName()), either(shared.email(), info.email()),
                either(shared.phoneNumber(), info.phoneNumber()), address, shared.shipping());
    }

    /** True when the vendor shared nothing at all, so there is nothing to give the shop. */
    static boolean isEmpty(BuyerDetails buyer) {
        return buyer.givenName() == null && buyer.familyName() == null && buyer.email() == null
                && buyer.phoneNumber() == null && buyer.address() == null && buyer.shipping() == null;
    }

    private static String either(String first, String second) {
        return first != null ? first : second;
    }

    /** Userinfo's street address holds the address lines one per line. */
    private static Address address(UserinfoAddress a) {
        if (a == null) {
            return null;
        }
        String street = a.streetAddress();
        String line1 = street;
        String line2 = null;
        int newline = street == null ? -1 : street.indexOf('\n');
        if (newline >= 0) {
            line1 = street.substring(0, newline).strip();
            line2 = street.substring(newline + 1).strip().replace('\n', ' ');
            line2 = line2.isEmpty() ? null : line2;
        }
        return new Address(line1, line2, a.postalCode(), a.region(), a.country());
    }
}
