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

    static BuyerDetails fromUserinfo(Userinfo info, PaymentDetails details) {
        BuyerDetails fromPayment = fromPayment(details);
        UserinfoAddress a = info.address();
        Address address = fromPayment.address() != null ? fromPayment.address() : a == null ? null
                : new Address(a.streetAddress(), null, a.postalCode(), a.region(), a.country());
        return new BuyerDetails(info.givenName(), info.familyName(), info.email(), info.phoneNumber(), address,
                fromPayment.shipping());
    }
}
