package dev.vippsmp.demoshop.shipping;

/** How a parcel reaches the buyer; the names match the delivery types of the Vipps MobilePay Express API. */
public enum ShippingType {
    HOME_DELIVERY,
    PICKUP_POINT,
    MAILBOX
}
